import crypto from 'node:crypto';
import { parsePhone } from '@careflow/contracts';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { asRow } from '../../db/columns';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { retryingTransaction } from '../../db/retry';
import { pageWindow } from '../../db/where';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { AreaScope, inScope } from '../areas/scope';
import { Actor, AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { StoredFileEntity } from '../files/entities';
import { PublicUser } from '../identity/entities';
import { checkElder, CheckedElder } from './check';
import { Elder, ElderEntity, RelativeEntity, StatusChange, StatusChangeEntity, TerminalEntity } from './entities';
import { ElderInput, ElderListQuery } from './schema';
import { checkUnique, content, elderColumns, inputFromStored, writeChildren } from './store';
import { accessOf, elderDetail, elderSummary, SENSITIVE_FIELDS } from './views';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** Elder files: kept within each user's area scope, masked by role, every full read audited. */
export class ElderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly areas: AreaService,
    private readonly dictionaries: DictionaryService,
  ) {
    areas.usedBy('elder files', (path) => dataSource.getRepository(ElderEntity).createQueryBuilder('e').where('e.area_path LIKE :p', { p: `${path}%` }).getCount());
  }

  /** Checks a file completely; 400 lists every problem. The area must be in the user's scope. */
  async check(input: ElderInput, user: PublicUser): Promise<{ checked: CheckedElder; areaPath: string }> {
    const { elder, problems } = await checkElder(input, this.dictionaries);
    const area = await this.areas.find(input.areaCode);
    if (!area) problems.push({ path: 'areaCode', message: `unknown area ${input.areaCode}`, code: 'unknown_area' });
    if (input.photoFileId) {
      const photo = await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: input.photoFileId });
      if (!photo?.type.startsWith('image/')) problems.push({ path: 'photoFileId', message: 'is not an uploaded photo', code: 'not_a_photo' });
    }
    if (!elder || !area || problems.length > 0) throw errors.invalidInput(problems, 'The elder file has errors');
    if (!inScope(await this.areas.scopeOf(user), area.path)) throw errors.forbidden(`Area ${area.code} is outside your area scope`);
    return { checked: elder, areaPath: area.path };
  }

  async create(input: ElderInput, user: PublicUser, actor: Actor): Promise<Elder> {
    const { checked, areaPath } = await this.check(input, user);
    return this.insert(checked, areaPath, actor);
  }

  private async insert(checked: CheckedElder, areaPath: string, actor: Actor): Promise<Elder> {
    const now = new Date();
    const elder: Elder = { id: crypto.randomUUID(), ...elderColumns(checked), areaPath, status: 'active', version: 1, createdAt: now, updatedAt: now };
    await retryingTransaction(this.dataSource, async (m) => {
      await checkUnique(m, elder.id, checked);
      await m.getRepository(ElderEntity).insert(asRow<Elder>(elder));
      await writeChildren(m, elder.id, checked, true);
      await m.getRepository(StatusChangeEntity).insert({ id: crypto.randomUUID(), elderId: elder.id, status: 'active', note: '建档', at: now, actorName: actor.username });
      // The audit names what was written, not the values: the log must not become a copy of the registry.
      await this.audit.record(actor, { action: 'elder.create', entityType: 'elder', entityId: elder.id, after: { name: elder.name, areaCode: elder.areaCode } }, m);
    });
    return elder;
  }

  /** Replaces a file; `version` must be the one the editor started from. */
  async replace(id: string, input: ElderInput, version: number, user: PublicUser, actor: Actor): Promise<Elder> {
    // Another district's file is "not found" whatever the body says (checked again in the transaction).
    await this.visible(id, user);
    const { checked, areaPath } = await this.check(input, user);
    return retryingTransaction(this.dataSource, async (m) => {
      const before = await this.visible(id, user, m);
      if (before.version !== version) throw errors.conflict(`The elder file changed meanwhile (now version ${before.version}); reload it`);
      return this.update(m, before, checked, areaPath, actor);
    });
  }

  private async update(m: EntityManager, before: Elder, checked: CheckedElder, areaPath: string, actor: Actor): Promise<Elder> {
    await checkUnique(m, before.id, checked);
    const after: Elder = { ...before, ...elderColumns(checked), areaPath, version: before.version + 1, updatedAt: new Date() };
    await m.getRepository(ElderEntity).update({ id: before.id }, asRow<Elder>(after));
    await writeChildren(m, before.id, checked);
    const changed = Object.keys(elderColumns(checked)).filter((k) => JSON.stringify(before[k as keyof Elder]) !== JSON.stringify(after[k as keyof Elder]));
    await this.audit.record(actor, { action: 'elder.update', entityType: 'elder', entityId: before.id, after: { changed, version: after.version } }, m);
    return after;
  }

  /** For imports: the file with this ID card is created, updated, or left as it is when nothing differs. */
  async upsertByIdCard(input: ElderInput, user: PublicUser, actor: Actor): Promise<{ elder: Elder; outcome: UpsertOutcome }> {
    const { checked, areaPath } = await this.check(input, user);
    if (!checked.idCard) throw errors.invalidInput([{ path: 'idCard', message: 'is needed to import a file' }]);
    const existing = await this.dataSource.getRepository(ElderEntity).findOneBy({ idCard: checked.idCard });
    if (!existing) return { elder: await this.insert(checked, areaPath, actor), outcome: 'created' }; // checked above: not again
    return retryingTransaction(this.dataSource, async (m) => {
      const before = await this.visible(existing.id, user, m);
      const [relatives, terminals] = await Promise.all([m.getRepository(RelativeEntity).find({ where: { elderId: before.id }, order: { callOrder: 'ASC' } }), m.getRepository(TerminalEntity).findBy({ elderId: before.id })]);
      const incoming = content(elderColumns(checked), checked.relatives.map((r, i) => ({ ...r, callOrder: i + 1 })), checked.terminals);
      if (content(before, relatives, terminals) === incoming && before.areaPath === areaPath) return { elder: before, outcome: 'unchanged' as const };
      return { elder: await this.update(m, before, checked, areaPath, actor), outcome: 'updated' as const };
    });
  }

  /** The stored file with this ID card as an edit input, if the user's scope covers it. */
  async inputByIdCard(idCard: string, user: PublicUser): Promise<ElderInput | null> {
    const elder = await this.dataSource.getRepository(ElderEntity).findOneBy({ idCard: idCard.trim().toUpperCase() });
    if (!elder || !inScope(await this.areas.scopeOf(user), elder.areaPath)) return null;
    const [relatives, terminals] = await Promise.all([
      this.dataSource.getRepository(RelativeEntity).find({ where: { elderId: elder.id }, order: { callOrder: 'ASC' } }),
      this.dataSource.getRepository(TerminalEntity).findBy({ elderId: elder.id }),
    ]);
    return inputFromStored(elder, relatives, terminals);
  }

  /** One file as the user's role may see it; a full read is recorded in the audit log. */
  async read(id: string, user: PublicUser, actor: Actor) {
    const elder = await this.visible(id, user);
    const [relatives, terminals] = await Promise.all([
      this.dataSource.getRepository(RelativeEntity).find({ where: { elderId: id }, order: { callOrder: 'ASC' } }),
      this.dataSource.getRepository(TerminalEntity).findBy({ elderId: id }),
    ]);
    const access = accessOf(user);
    if (access === 'full') await this.audit.record(actor, { action: 'elder.read', entityType: 'elder', entityId: id, after: { fields: [...SENSITIVE_FIELDS] } });
    return elderDetail(elder, relatives, terminals, access);
  }

  async list(query: ElderListQuery, user: PublicUser) {
    const qb = await this.matching(query, user);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    const access = accessOf(user);
    return { elders: rows.map((e) => elderSummary(e, access)), total };
  }

  /** The files a search finds within the user's scope, in name order. */
  async matching(query: Omit<ElderListQuery, 'page' | 'pageSize'>, user: PublicUser) {
    const qb = this.dataSource.getRepository(ElderEntity).createQueryBuilder('e');
    this.limitToScope(qb, await this.areas.scopeOf(user));
    if (query.areaCode) qb.andWhere('e.area_path LIKE :area', { area: `${(await this.areas.get(query.areaCode)).path}%` });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.q) {
      const q = query.q;
      // The desk's lookup finds an elder by their phone, a relative's phone or a device: the list does too.
      const phone = parsePhone(q)?.number;
      qb.andWhere(
        new Brackets((w) => {
          w.where(`e.name LIKE :prefix ${LIKE_ESCAPE}`, { prefix: startingWith(q) })
            .orWhere(`e.name_initials LIKE :initials ${LIKE_ESCAPE}`, { initials: startingWith(q.toLowerCase()) })
            .orWhere('e.id_card = :idCard', { idCard: q.toUpperCase() })
            .orWhere('e.id IN (SELECT t.elder_id FROM elder_terminals t WHERE t.device_id = :deviceId)', { deviceId: q });
          if (phone) w.orWhere('e.id IN (SELECT l.elder_id FROM elder_phone_links l WHERE l.phone = :phone)', { phone });
        }),
      );
    }
    return qb.orderBy('e.name', 'ASC').addOrderBy('e.id', 'ASC');
  }

  limitToScope(qb: { andWhere(where: Brackets): unknown }, scope: AreaScope): void {
    if (scope === null) return;
    qb.andWhere(new Brackets((w) => (scope.length === 0 ? w.where('1 = 0') : scope.forEach((prefix, i) => w.orWhere(`e.area_path LIKE :scope${i}`, { [`scope${i}`]: `${prefix}%` })))));
  }

  async changeStatus(id: string, status: Elder['status'], note: string, user: PublicUser, actor: Actor): Promise<Elder> {
    return retryingTransaction(this.dataSource, async (m) => {
      const before = await this.visible(id, user, m);
      if (before.status === status) throw errors.conflict(`The elder file is already ${status}`);
      const after = { ...before, status, version: before.version + 1, updatedAt: new Date() };
      await m.getRepository(ElderEntity).update({ id }, { status, version: after.version, updatedAt: after.updatedAt });
      await m.getRepository(StatusChangeEntity).insert({ id: crypto.randomUUID(), elderId: id, status, note, at: after.updatedAt, actorName: actor.username });
      await this.audit.record(actor, { action: 'elder.status', entityType: 'elder', entityId: id, before: { status: before.status }, after: { status, note } }, m);
      return after;
    });
  }

  async statusHistory(id: string, user: PublicUser): Promise<StatusChange[]> {
    await this.visible(id, user);
    return this.dataSource.getRepository(StatusChangeEntity).find({ where: { elderId: id }, order: { at: 'ASC' } });
  }

  /** A file the user's area scope covers; others are "not found", so ids outside the scope tell nothing. */
  async visible(id: string, user: PublicUser, m: EntityManager = this.dataSource.manager): Promise<Elder> {
    const elder = await m.getRepository(ElderEntity).findOneBy({ id });
    if (!elder || !inScope(await this.areas.scopeOf(user), elder.areaPath)) throw errors.notFound(`Elder ${id}`);
    return elder;
  }
}
