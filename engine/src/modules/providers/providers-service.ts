import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { retryingTransaction } from '../../db/retry';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { managesAll, requireReadable } from './access';
import { ProviderEntity } from './entities';
import { ServiceItemService } from './items';
import { checkProvider } from './provider-checks';
import { queryProviders } from './provider-query';
import { changedFields, checkStaffStillFit, loadProvider, ProviderState, WritableField, writeProvider } from './provider-state';
import { ProviderChangesInput, ProviderFilter, ProviderInput } from './schemas';
import { providerView } from './views';

export type Outcome = 'created' | 'updated' | 'unchanged';

/** A provider as the import sends it: status and items, when absent, stay as they are (new providers: active, none). */
export type ProviderUpsert = Omit<ProviderInput, 'status' | 'items'> & Partial<Pick<ProviderInput, 'status' | 'items'>>;

/** What a provider's own admin may change: the contact, and the prices of the items it offers. */
const PROVIDER_ADMIN_FIELDS: readonly WritableField[] = ['contactName', 'contactPhone', 'items'];

/** 服务商: contracted providers, the areas they serve and the items they offer at their prices. */
export class ProviderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly areas: AreaService,
    private readonly items: ServiceItemService,
  ) {}

  /** Searches providers; provider users find only their own. */
  async list(filter: ProviderFilter, user: PublicUser): Promise<{ providers: ProviderState[]; total: number }> {
    const { providers, total } = await queryProviders(this.dataSource, this.areas, filter, user);
    return { providers: providers.map((p) => providerView(p, user)), total };
  }

  async get(id: string, user: PublicUser): Promise<ProviderState> {
    return providerView(await this.find(id, user), user);
  }

  /** The provider as stored (phones unmasked), or 404, also for another provider's users. */
  async find(id: string, user?: PublicUser): Promise<ProviderState> {
    if (user) requireReadable(user, id);
    const found = await loadProvider(this.dataSource.manager, id);
    if (!found) throw errors.notFound(`Provider ${id}`);
    return found;
  }

  async create(input: ProviderInput, actor: Actor): Promise<ProviderState> {
    return (await this.save(null, input, actor)).provider;
  }

  /**
   * Changes a provider. Managers change anything; the provider's own admin only its contact and the
   * prices of the items it already offers (403 for anything else, 404 for another provider).
   */
  async update(id: string, changes: ProviderChangesInput, user: PublicUser, actor: Actor): Promise<ProviderState> {
    const before = await this.find(id, user);
    const owner = !managesAll(user);
    if (owner && !user.roles.includes('provider_admin')) throw errors.forbidden();
    const guard = (changed: WritableField[], next: ProviderState) => {
      if (!owner) return;
      const refused = changed.filter((f) => !PROVIDER_ADMIN_FIELDS.includes(f));
      if (refused.length > 0) throw errors.forbidden(`A provider admin may change only the contact and item prices, not ${refused.join(', ')}`);
      if (JSON.stringify(before.items.map((i) => i.code)) !== JSON.stringify(next.items.map((i) => i.code))) throw errors.forbidden('A provider admin may change item prices, not which items are offered');
    };
    return (await this.save(before, { ...before, ...changes }, actor, guard)).provider;
  }

  /** Creates or updates the provider with this credit code; identical data writes nothing. For the Excel import. */
  async upsertByCreditCode(input: ProviderUpsert, actor: Actor): Promise<{ provider: ProviderState; outcome: Outcome }> {
    const found = await this.dataSource.getRepository(ProviderEntity).findOneBy({ creditCode: input.creditCode.trim().toUpperCase() });
    const before = found ? await this.find(found.id) : null;
    return this.save(before, { ...input, status: input.status ?? before?.status ?? 'active', items: input.items ?? before?.items ?? [] }, actor);
  }

  private async save(current: ProviderState | null, input: ProviderInput, actor: Actor, guard?: (changed: WritableField[], next: ProviderState) => void) {
    const { fields, areaPaths } = await checkProvider(input, this.areas, this.items, current?.items.map((i) => i.code));
    try {
      return await retryingTransaction(this.dataSource, async (m) => {
        const before = current && (await loadProvider(m, current.id));
        if (current && !before) throw errors.notFound(`Provider ${current.id}`);
        const now = new Date();
        const kept = { rating: before?.rating ?? null, cancelFee: before?.cancelFee ?? 0, cancelTerms: before?.cancelTerms ?? null };
        const next: ProviderState = { id: before?.id ?? crypto.randomUUID(), ...kept, createdAt: before?.createdAt ?? now, ...fields, updatedAt: now };
        if (before) {
          const changed = changedFields(before, next);
          if (changed.length === 0) return { provider: before, outcome: 'unchanged' as Outcome };
          guard?.(changed, next);
          if (changed.includes('creditCode') && (await m.getRepository(ProviderEntity).existsBy({ creditCode: next.creditCode }))) throw duplicate(next.creditCode);
          await checkStaffStillFit(m, next, areaPaths, changed);
          await writeProvider(m, next, areaPaths, changed);
        } else {
          if (await m.getRepository(ProviderEntity).existsBy({ creditCode: next.creditCode })) throw duplicate(next.creditCode);
          await writeProvider(m, next, areaPaths, 'new');
        }
        const action = before ? 'provider.update' : 'provider.create';
        await this.audit.record(actor, { action, entityType: 'provider', entityId: next.id, before: before ? { ...before } : undefined, after: { ...next } }, m);
        return { provider: next, outcome: (before ? 'updated' : 'created') as Outcome };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(fields.creditCode);
      throw error;
    }
  }
}

const duplicate = (creditCode: string) => errors.conflict(`A provider with credit code ${creditCode} already exists`);
