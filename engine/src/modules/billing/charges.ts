import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertRows } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { ProviderEntity } from '../providers/entities';
import { ChargeLine, ChargeLineEntity } from './entities';
import { linesInScope } from './line-scope';
import { monthIn, openMonthFrom } from './months';
import { lockElder, Pricing } from './pricing';
import { totalsOf } from './subsidy';

export interface NewCharge {
  key: string;
  elderId: string;
  providerId: string;
  staffId?: string;
  caseId?: string;
  dispatchId?: string;
  servedAt: Date;
  items: { code: string; quantity: number; unitPrice?: number }[];
}

export type LineView = Omit<ChargeLine, 'lineKey'>;
export const lineView = ({ lineKey: _lineKey, ...line }: ChargeLine): LineView => line;
const lineIndex = (l: ChargeLine) => Number(l.lineKey.slice(l.lineKey.lastIndexOf(':') + 1));

/** 收费明细: services charged once per key, in the month they were served or the next open one. */
export class Charges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly pricing: Pricing,
    private readonly areas: AreaService,
    private readonly timeZone: string,
  ) {}

  async create(input: NewCharge, user: PublicUser, actor: Actor & { id: string }) {
    const earlier = await this.linesOf(input.key);
    if (earlier.length > 0) return this.repeated(earlier, input);
    const m0 = this.dataSource.manager;
    const elder = await this.pricing.elder(m0, input.elderId, user);
    if (!(await m0.getRepository(ProviderEntity).existsBy({ id: input.providerId }))) throw errors.notFound(`Provider ${input.providerId}`);
    const inputs = await this.pricing.inputs(m0, input.providerId, input.items);
    try {
      const rows = await this.dataSource.transaction(async (m) => {
        await lockElder(m, elder.id);
        // A closed month never changes: a late charge lands in the next open month.
        const month = await openMonthFrom(m, monthIn(this.timeZone, input.servedAt));
        const { lines } = await this.pricing.price(m, elder, month, inputs);
        const now = new Date();
        const rows = lines.map(
          (l, i): ChargeLine => ({
            id: crypto.randomUUID(),
            lineKey: `${input.key}:${i}`,
            chargeKey: input.key,
            month,
            elderId: elder.id,
            caseId: input.caseId ?? null,
            dispatchId: input.dispatchId ?? null,
            providerId: input.providerId,
            staffId: input.staffId ?? null,
            itemCode: l.code,
            itemName: l.name,
            unit: l.unit,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            amount: l.amount,
            subsidy: l.subsidy,
            elderShare: l.elderShare,
            servedAt: input.servedAt,
            kind: 'charge',
            adjustsLineId: null,
            reason: null,
            createdBy: actor.id,
            createdAt: now,
          }),
        );
        await insertRows(m, ChargeLineEntity, rows);
        await this.audit.record(actor, { action: 'charge.create', entityType: 'charge', entityId: input.key, after: { elderId: elder.id, providerId: input.providerId, month, ...totalsOf(rows) } }, m);
        return rows;
      });
      return { charge: this.chargeOf(input.key, rows), repeated: false };
    } catch (error) {
      // The same key at the same time: the unique line key lets one through.
      if (!isUniqueViolation(error)) throw error;
      return this.repeated(await this.linesOf(input.key), input);
    }
  }

  /** The lines of a case, as far as the caller's area scope reaches (by the elder's area). */
  async ofCase(caseId: string, user: PublicUser): Promise<LineView[]> {
    const qb = linesInScope(this.dataSource, await this.areas.scopeOf(user)).andWhere('l.caseId = :caseId', { caseId });
    return (await qb.orderBy('l.servedAt', 'ASC').addOrderBy('l.id', 'ASC').getMany()).map(lineView);
  }

  private async linesOf(key: string): Promise<ChargeLine[]> {
    return (await this.dataSource.getRepository(ChargeLineEntity).findBy({ chargeKey: key, kind: 'charge' })).sort((a, b) => lineIndex(a) - lineIndex(b));
  }

  /** The same key for other services is a caller bug, not a repeat. */
  private repeated(lines: ChargeLine[], input: NewCharge) {
    const [first] = lines;
    const same =
      first.elderId === input.elderId &&
      first.providerId === input.providerId &&
      first.staffId === (input.staffId ?? null) &&
      first.caseId === (input.caseId ?? null) &&
      first.dispatchId === (input.dispatchId ?? null) &&
      first.servedAt.getTime() === input.servedAt.getTime() &&
      lines.length === input.items.length &&
      input.items.every((item, i) => lines[i].itemCode === item.code && lines[i].quantity === item.quantity && (item.unitPrice === undefined || lines[i].unitPrice === item.unitPrice));
    if (!same) throw errors.conflict(`Charge key ${input.key} was already used for other services`);
    return { charge: this.chargeOf(input.key, lines), repeated: true };
  }

  private chargeOf(key: string, lines: ChargeLine[]) {
    return { key, month: lines[0].month, lines: lines.map(lineView), totals: totalsOf(lines) };
  }
}
