import crypto from 'node:crypto';
import { parsePhone } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { retryingTransaction } from '../../db/retry';
import { pageWindow } from '../../db/where';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { requireStaffManager } from './access';
import { Outcome, ProviderService } from './providers-service';
import { StaffChangesInput, StaffFilter, StaffInput } from './schemas';
import { codesOnPath } from './sql';
import { StaffEntity } from './staff-entities';
import { checkStaff, sameStaff, StaffState, staffWithChildren, writeStaff } from './staff-state';
import { staffView } from './views';

/** A staff member as the import sends them: skills and status, when absent, stay as they are (new staff: none, active). */
export type StaffUpsert = Omit<StaffInput, 'skills' | 'status'> & Partial<Pick<StaffInput, 'skills' | 'status'>>;

/** 服务人员: each provider's staff. Managers handle any provider's; a provider admin only their own. */
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly areas: AreaService,
    private readonly providers: ProviderService,
  ) {}

  /** A provider's staff, paged; by status, by skill, and by area (staff working in it or in an area above it). */
  async list(providerId: string, filter: StaffFilter, user: PublicUser): Promise<{ staff: StaffState[]; total: number }> {
    await this.providers.find(providerId, user);
    const qb = this.dataSource.getRepository(StaffEntity).createQueryBuilder('s').where('s.providerId = :providerId', { providerId });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.skill) qb.andWhere('EXISTS (SELECT 1 FROM provider_staff_skills k WHERE k.staff_id = s.id AND k.item_code = :skill)', { skill: filter.skill });
    if (filter.area) {
      const area = await this.areas.require(filter.area, 'area');
      qb.andWhere('EXISTS (SELECT 1 FROM provider_staff_areas a WHERE a.staff_id = s.id AND a.area_code IN (:...codes))', { codes: codesOnPath(area.path) });
    }
    const { skip, take } = pageWindow(filter);
    const [rows, total] = await qb.orderBy('s.name', 'ASC').addOrderBy('s.id', 'ASC').skip(skip).take(take).getManyAndCount();
    return { staff: (await staffWithChildren(this.dataSource.manager, rows)).map((s) => staffView(s, user)), total };
  }

  async create(providerId: string, input: StaffInput, user: PublicUser, actor: Actor): Promise<StaffState> {
    requireStaffManager(user, providerId);
    return (await this.save(providerId, null, input, actor)).staff;
  }

  async update(providerId: string, staffId: string, changes: StaffChangesInput, user: PublicUser, actor: Actor): Promise<StaffState> {
    requireStaffManager(user, providerId);
    const before = await this.find(providerId, staffId);
    return (await this.save(providerId, before, { ...before, ...changes }, actor)).staff;
  }

  /** Creates or updates the provider's staff member with this phone; identical data writes nothing. For the Excel import. */
  async upsertByPhone(providerId: string, input: StaffUpsert, actor: Actor): Promise<{ staff: StaffState; outcome: Outcome }> {
    const phone = parsePhone(input.phone)?.number;
    const found = phone ? await this.dataSource.getRepository(StaffEntity).findOneBy({ providerId, phone }) : null;
    const before = found ? await this.find(providerId, found.id) : null;
    return this.save(providerId, before, { ...input, skills: input.skills ?? before?.skills ?? [], status: input.status ?? before?.status ?? 'active' }, actor);
  }

  private async find(providerId: string, staffId: string): Promise<StaffState> {
    const row = await this.dataSource.getRepository(StaffEntity).findOneBy({ id: staffId, providerId });
    if (!row) throw errors.notFound(`Staff ${staffId}`);
    return (await staffWithChildren(this.dataSource.manager, [row]))[0];
  }

  private async save(providerId: string, current: StaffState | null, input: StaffInput, actor: Actor): Promise<{ staff: StaffState; outcome: Outcome }> {
    const provider = await this.providers.find(providerId);
    const { fields, areaPaths } = await checkStaff(this.dataSource.manager, input, provider, this.areas);
    try {
      return await retryingTransaction(this.dataSource, async (m) => {
        const row = current && (await m.getRepository(StaffEntity).findOneBy({ id: current.id }));
        const before = row ? (await staffWithChildren(m, [row]))[0] : null;
        if (current && !before) throw errors.notFound(`Staff ${current.id}`);
        if (before && sameStaff(before, fields)) return { staff: before, outcome: 'unchanged' as Outcome };
        const taken = await m.getRepository(StaffEntity).findOneBy({ providerId, phone: fields.phone });
        if (taken && taken.id !== before?.id) throw duplicate(fields.phone);
        const now = new Date();
        const next: StaffState = { id: before?.id ?? crypto.randomUUID(), providerId, createdAt: before?.createdAt ?? now, ...fields, updatedAt: now };
        await writeStaff(m, next, areaPaths, !before);
        const action = before ? 'provider_staff.update' : 'provider_staff.create';
        await this.audit.record(actor, { action, entityType: 'provider_staff', entityId: next.id, before: before ? { ...before } : undefined, after: { ...next } }, m);
        return { staff: next, outcome: (before ? 'updated' : 'created') as Outcome };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(fields.phone);
      throw error;
    }
  }
}

const duplicate = (phone: string) => errors.conflict(`The provider already has staff with phone ${phone}`);
