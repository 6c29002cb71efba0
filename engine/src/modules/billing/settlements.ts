import { DataSource, In } from 'typeorm';
import { duplicateAs } from '../../db/errors';
import { errors } from '../../http/errors';
import { AreaScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { Actor, AuditLog } from '../audit/service';
import { ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { ownProviderOnly } from '../providers/access';
import { ProviderEntity } from '../providers/entities';
import { lineView, LineView } from './charges';
import { linesInScope } from './line-scope';
import { BillingMonths } from './months';
import { SettlementConfirmation, SettlementConfirmationEntity } from './settlement-entity';
import { Figures, NO_FIGURES, storedFigures, sumFigures } from './settlement-figures';

export type SettlementRow = Figures & { providerId: string; providerName: string; confirmation: Omit<SettlementConfirmation, 'providerId' | 'month'> | null };
export type SettlementLine = LineView & { elderName: string };
export type SettlementDetail = { month: string; closed: boolean; scoped: boolean; settlement: SettlementRow; lines: SettlementLine[]; page: number; pageSize: number; total: number };
type Paging = { page: number; pageSize: number };

const ELDER_BATCH = 500;

/**
 * 结算: each provider's month from its charge lines. A provider's users see their own provider's
 * (all its lines); the hotline's roles see every provider's, over the lines of elders in their area scope.
 * A closed month's figures of all lines were stored when it closed; others are summed when asked.
 */
export class Settlements {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly months: BillingMonths,
    private readonly audit: AuditLog,
  ) {}

  async list(month: string, user: PublicUser) {
    const { own, scope } = await this.reach(user);
    const closed = await this.months.isClosed(month);
    const figures = own === null ? new Map<string, Figures>() : await this.figures(month, closed, scope, own);
    // Unscoped readers also see a provider that confirmed a month without lines.
    const confirmed = own === undefined && scope === null ? (await this.confirmations(month)).map((c) => c.providerId) : [];
    const ids = own === null ? [] : own !== undefined ? [own] : [...new Set([...figures.keys(), ...confirmed])];
    const settlements = await this.rows(month, ids, figures);
    const totals = settlements.reduce((sum, r) => ({ orders: sum.orders + r.orders, lines: sum.lines + r.lines, amount: sum.amount + r.amount, subsidy: sum.subsidy + r.subsidy, elderShare: sum.elderShare + r.elderShare, adjustments: sum.adjustments + r.adjustments }), NO_FIGURES);
    return { month, closed, scoped: scope !== null, settlements, totals };
  }

  /**
   * One provider's month with a page of its lines in the order served (all of them when no page is
   * asked, for the Excel file); another provider's is "not found" to a provider's users.
   */
  async one(providerId: string, month: string, user: PublicUser, paging?: Paging): Promise<SettlementDetail> {
    const { own, scope } = await this.reach(user);
    if (own !== undefined && own !== providerId) throw errors.notFound(`Provider ${providerId}`);
    const closed = await this.months.isClosed(month);
    const [settlement] = await this.rows(month, [providerId], await this.figures(month, closed, scope, providerId));
    if (!settlement) throw errors.notFound(`Provider ${providerId}`);
    const qb = linesInScope(this.dataSource, scope).andWhere('l.month = :month AND l.providerId = :providerId', { month, providerId }).orderBy('l.servedAt', 'ASC').addOrderBy('l.id', 'ASC');
    if (paging) qb.skip((paging.page - 1) * paging.pageSize).take(paging.pageSize);
    const found = await qb.getMany();
    const names = await this.elderNames([...new Set(found.map((l) => l.elderId))]);
    const lines = found.map((l) => ({ ...lineView(l), elderName: names.get(l.elderId) ?? '' }));
    return { month, closed, scoped: scope !== null, settlement, lines, page: paging?.page ?? 1, pageSize: paging?.pageSize ?? lines.length, total: settlement.lines };
  }

  /** 确认结算: the provider's admin signs a closed month's figures, once. */
  async confirm(providerId: string, month: string, signatureName: string, user: PublicUser, actor: Actor & { id: string }): Promise<SettlementRow> {
    if (user.providerId !== providerId || !(await this.dataSource.getRepository(ProviderEntity).existsBy({ id: providerId }))) throw errors.notFound(`Provider ${providerId}`);
    if (!(await this.months.isClosed(month))) throw errors.conflict(`Billing month ${month} is not closed yet: a settlement is confirmed after the month is closed (月结), when its figures can no longer change`);
    const again = () => errors.conflict(`The settlement of ${month} is already confirmed`);
    // A closed month takes no new lines, so these are the figures being signed.
    const figures = (await this.figures(month, true, null, providerId)).get(providerId) ?? NO_FIGURES;
    await duplicateAs(
      this.dataSource.transaction(async (m) => {
        if (await m.getRepository(SettlementConfirmationEntity).existsBy({ providerId, month })) throw again();
        const row: SettlementConfirmation = { providerId, month, signatureName, confirmedAt: new Date(), confirmedBy: user.id, confirmedByName: user.displayName };
        await m.getRepository(SettlementConfirmationEntity).insert(row);
        await this.audit.record(actor, { action: 'settlement.confirm', entityType: 'settlement', entityId: `${providerId}:${month}`, after: { ...row, ...figures } }, m);
      }),
      again,
    );
    const [row] = await this.rows(month, [providerId], new Map([[providerId, figures]]));
    return row;
  }

  /** undefined own: a hotline reader, limited by area scope; a provider user reads their provider's lines (null: none). */
  private async reach(user: PublicUser): Promise<{ own: string | null | undefined; scope: AreaScope }> {
    const own = ownProviderOnly(user);
    return { own, scope: own === undefined ? await this.areas.scopeOf(user) : null };
  }

  /** The figures of every line of a closed month are those stored when it closed; an open month's, or an area scope's, are summed now. */
  private figures(month: string, closed: boolean, scope: AreaScope, providerId?: string): Promise<Map<string, Figures>> {
    return closed && scope === null ? storedFigures(this.dataSource, month, providerId) : sumFigures(this.dataSource, month, scope, providerId);
  }

  private confirmations(month: string, providerIds?: string[]): Promise<SettlementConfirmation[]> {
    return this.dataSource.getRepository(SettlementConfirmationEntity).findBy({ month, ...(providerIds ? { providerId: In(providerIds) } : {}) });
  }

  /** The rows of these providers (unknown ones left out), by name. */
  private async rows(month: string, providerIds: string[], figures: Map<string, Figures>): Promise<SettlementRow[]> {
    if (providerIds.length === 0) return [];
    const providers = await this.dataSource.getRepository(ProviderEntity).find({ select: { id: true, name: true }, where: { id: In(providerIds) } });
    const confirmations = await this.confirmations(month, providerIds);
    return providers
      .map((p) => {
        const c = confirmations.find((x) => x.providerId === p.id);
        const confirmation = c ? { signatureName: c.signatureName, confirmedAt: c.confirmedAt, confirmedBy: c.confirmedBy, confirmedByName: c.confirmedByName } : null;
        return { providerId: p.id, providerName: p.name, ...(figures.get(p.id) ?? NO_FIGURES), confirmation };
      })
      .sort((a, b) => a.providerName.localeCompare(b.providerName, 'zh-CN'));
  }

  private async elderNames(ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let i = 0; i < ids.length; i += ELDER_BATCH) {
      const elders = await this.dataSource.getRepository(ElderEntity).find({ select: { id: true, name: true }, where: { id: In(ids.slice(i, i + ELDER_BATCH)) } });
      elders.forEach((e) => names.set(e.id, e.name));
    }
    return names;
  }
}
