import type { DispatchListQuery } from '@careflow/contracts';
import crypto from 'node:crypto';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { AppError, errors } from '../../http/errors';
import { inScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { Actor } from '../audit/service';
import { CaseEntity } from '../cases/entities';
import { PublicUser } from '../identity/entities';
import { ServiceItemEntity } from '../providers/entities';
import { ownProviderOnly } from '../providers/access';
import { candidate, providerByRules } from './candidates';
import { Dispatch, DispatchEntity, REFUSED_STATUSES } from './entities';
import { OrderNotices } from './order-notices';
import { dateIn, unfitReason } from './rules';
import { addIsoDuration } from './sla';
import { DispatchView, dispatchViews } from './views';

export type { DispatchView };

export interface NewDispatch {
  key: string;
  caseId?: string;
  serviceItem: string;
  areaCode: string;
  providerId?: string;
  note?: string;
  /** ISO 8601 durations: the time to answer (sets answerDueAt) and to do the work once accepted. */
  acceptWithin?: string;
  workWithin?: string;
  /** Finishing asks what the worker found (上门探视). */
  asksVisitResult?: boolean;
}

/** Who asks, as the dispatch routes need it: a user, or a provider's webhook. */
export type Caller = PublicUser;

/** 派单: picks a provider by the rules (or checks the one named) and keeps the order. */
export class DispatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly timeZone: string,
    private readonly notices: OrderNotices,
  ) {}

  /**
   * A new order tells its provider (in the app and by SMS, after the commit). A repeated key tells
   * again only while the order waits for an answer, and the notices' own keys make that a no-op
   * unless the first try never got to send them.
   */
  async create(input: NewDispatch, user: Caller, actor: Actor & { id: string }): Promise<{ dispatch: DispatchView; repeated: boolean }> {
    const made = await this.make(input, user, actor);
    if (made.row.status === 'dispatched') await this.notices.newOrder(made.row);
    return { dispatch: await this.view(made.row, user), repeated: made.repeated };
  }

  private async make(input: NewDispatch, user: Caller, actor: Actor & { id: string }): Promise<{ row: Dispatch; repeated: boolean }> {
    // A supervisor dispatches only within their area scope, as they see orders; connectors act for every area.
    const scope = user.roles.includes('connector') ? null : await this.areas.scopeOf(user);
    const earlier = await this.dataSource.getRepository(DispatchEntity).findOneBy({ key: input.key });
    if (earlier && !inScope(scope, earlier.areaPath)) throw errors.conflict(`Dispatch key ${input.key} was already used for another order`);
    if (earlier) return { row: this.sameOrConflict(earlier, input), repeated: true };
    const area = await this.areas.require(input.areaCode, 'areaCode');
    if (!inScope(scope, area.path)) throw errors.invalidInput([{ path: 'areaCode', message: `area ${input.areaCode} is outside your area scope` }]);
    const item = await this.dataSource.getRepository(ServiceItemEntity).findOneBy({ code: input.serviceItem });
    if (!item || !item.active) throw errors.invalidInput([{ path: 'serviceItem', message: `no active service item ${input.serviceItem}` }]);
    const ofCase = input.caseId ? await this.dataSource.getRepository(CaseEntity).findOneBy({ id: input.caseId }) : undefined;
    if (ofCase === null || (ofCase?.areaPath && !inScope(scope, ofCase.areaPath))) throw errors.notFound(`Case ${input.caseId}`);
    // A case closed or cancelled meanwhile (its dispatch job still running) takes no new order.
    if (ofCase && (ofCase.status === 'closed' || ofCase.status === 'canceled')) throw errors.conflict(`Case ${ofCase.caseNumber} is ${ofCase.status}: it takes no new order`);
    try {
      const row = await this.dataSource.transaction(async (m) => {
        const providerId = await this.pick(m, input, area.path);
        const now = new Date();
        const row: Dispatch = {
          id: crypto.randomUUID(),
          key: input.key,
          caseId: input.caseId ?? null,
          serviceItem: input.serviceItem,
          areaCode: area.code,
          areaPath: area.path,
          providerId,
          staffId: null,
          status: 'dispatched',
          note: input.note ?? null,
          reason: null,
          acceptedAt: null,
          startedAt: null,
          finishedAt: null,
          photoFileIds: null,
          proof: null,
          workNote: null,
          asksVisitResult: input.asksVisitResult ?? false,
          visitResult: null,
          answerDueAt: input.acceptWithin ? addIsoDuration(now, input.acceptWithin) : null,
          workWithin: input.workWithin ?? null,
          workDueAt: null,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        };
        await m.getRepository(DispatchEntity).insert(asRow(row));
        return row;
      });
      return { row, repeated: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.dataSource.getRepository(DispatchEntity).findOneByOrFail({ key: input.key });
      return { row: this.sameOrConflict(winner, input), repeated: true };
    }
  }

  private async pick(m: EntityManager, input: NewDispatch, areaPath: string): Promise<string> {
    const today = dateIn(this.timeZone);
    if (input.providerId) {
      const named = await candidate(m, input.providerId, input.serviceItem, areaPath);
      if (!named) throw errors.notFound(`Provider ${input.providerId}`);
      const reason = unfitReason(named, today);
      if (reason) throw new AppError(409, 'provider_unavailable', `Provider ${named.name} cannot take this order: it ${reason}`, { providerId: named.id, reason });
      return named.id;
    }
    // A re-dispatch of the case's item leaves out the providers that refused it or let it expire.
    const refused = input.caseId ? await this.refusersOf(m, input.caseId, input.serviceItem) : new Set<string>();
    const chosen = await providerByRules(m, input.serviceItem, areaPath, today, refused);
    if (!chosen) throw new AppError(422, 'no_provider', `No provider can take ${input.serviceItem} in area ${input.areaCode} now`);
    return chosen.id;
  }

  /** Providers whose earlier dispatch of the case's item ended rejected or expired. */
  private async refusersOf(m: EntityManager, caseId: string, serviceItem: string): Promise<Set<string>> {
    const rows = await m.getRepository(DispatchEntity).find({ select: { providerId: true }, where: { caseId, serviceItem, status: In(REFUSED_STATUSES) } });
    return new Set(rows.map((r) => r.providerId));
  }

  /** The same key for another order is a caller bug, not a repeat. */
  private sameOrConflict(earlier: Dispatch, input: NewDispatch): Dispatch {
    if (earlier.serviceItem !== input.serviceItem || earlier.areaCode !== input.areaCode) throw errors.conflict(`Dispatch key ${input.key} was already used for another order`);
    return earlier;
  }

  /**
   * Provider users see their provider's orders; the hotline's people those in their area scope.
   * Newest first, a page at a time, with how many match over all pages (one count, same filters).
   */
  async list(user: Caller, filter: Partial<DispatchListQuery>): Promise<{ dispatches: DispatchView[]; total: number }> {
    const qb = this.dataSource.getRepository(DispatchEntity).createQueryBuilder('d');
    const own = ownProviderOnly(user);
    if (own !== undefined) qb.andWhere('d.providerId = :own', { own: own ?? '' });
    else await this.scoped(qb, user);
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.caseId) qb.andWhere('d.caseId = :caseId', { caseId: filter.caseId });
    if (filter.staffId) qb.andWhere('d.staffId = :staffId', { staffId: filter.staffId });
    const { page = 1, pageSize = 200 } = filter;
    const [rows, total] = await Promise.all([
      qb.clone().orderBy('d.createdAt', 'DESC').addOrderBy('d.id', 'ASC').skip((page - 1) * pageSize).take(pageSize).getMany(),
      qb.getCount(),
    ]);
    return { dispatches: await dispatchViews(this.dataSource, rows, user), total };
  }

  private async scoped(qb: SelectQueryBuilder<Dispatch>, user: Caller) {
    const scope = await this.areas.scopeOf(user);
    if (scope === null) return;
    if (scope.length === 0) return void qb.andWhere('1 = 0');
    qb.andWhere(new Brackets((w) => scope.forEach((prefix, i) => w.orWhere(`d.areaPath LIKE :p${i}`, { [`p${i}`]: `${prefix}%` }))));
  }

  /**
   * One order as its reader may see it, with the same limits as the list: another provider's, or
   * one outside the hotline user's area scope, is "not found". Connectors see every order.
   */
  async get(id: string, user: Caller): Promise<Dispatch> {
    if (user.roles.includes('connector')) return this.getOf(id, undefined);
    const own = ownProviderOnly(user);
    const row = await this.getOf(id, own);
    if (own === undefined && !inScope(await this.areas.scopeOf(user), row.areaPath)) throw errors.notFound(`Dispatch ${id}`);
    return row;
  }

  /** One order, limited to one provider's unless `providerId` is undefined. */
  async getOf(id: string, providerId: string | null | undefined): Promise<Dispatch> {
    const row = await this.dataSource.getRepository(DispatchEntity).findOneBy({ id });
    if (!row || (providerId !== undefined && row.providerId !== providerId)) throw errors.notFound(`Dispatch ${id}`);
    return row;
  }

  async view(row: Dispatch, user: Caller): Promise<DispatchView> {
    return (await dispatchViews(this.dataSource, [row], user))[0];
  }
}
