import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertRows } from '../../db/columns';
import { AppError, errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { ChargeLine, ChargeLineEntity } from './entities';
import { lineView, LineView } from './charges';
import { monthIn, openMonthFrom } from './months';
import { lockElder, Pricing } from './pricing';

export interface NewAdjustment {
  lineId: string;
  /** Changes to the line's amount and subsidy (fen, may be negative). */
  amount: number;
  subsidy: number;
  reason: string;
}

/** 调整: a correction of a charged line, booked as a line of its own in an open month, with who and why. */
export class Adjustments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly pricing: Pricing,
    private readonly timeZone: string,
  ) {}

  async adjust(input: NewAdjustment, user: PublicUser, actor: Actor & { id: string }): Promise<LineView> {
    const original = await this.dataSource.getRepository(ChargeLineEntity).findOneBy({ id: input.lineId });
    if (!original) throw errors.notFound(`Charge line ${input.lineId}`);
    // A supervisor corrects only lines of elders in their area scope; others are "not found".
    await this.pricing.elder(this.dataSource.manager, original.elderId, user).catch((error: unknown) => {
      throw error instanceof AppError && error.status === 404 ? errors.notFound(`Charge line ${input.lineId}`) : error;
    });
    if (input.amount === 0 && input.subsidy === 0) throw errors.invalidInput([{ path: 'amount', message: 'an adjustment changes the amount, the subsidy or both' }]);
    return this.dataSource.transaction(async (m) => {
      await lockElder(m, original.elderId);
      // Closed months stay as they were closed: the correction goes into this month or a later open one.
      const month = await openMonthFrom(m, monthIn(this.timeZone));
      const id = crypto.randomUUID();
      const line: ChargeLine = {
        ...original,
        id,
        lineKey: `adjustment:${id}:0`,
        chargeKey: `adjustment:${id}`,
        month,
        quantity: 0,
        unitPrice: 0,
        amount: input.amount,
        subsidy: input.subsidy,
        elderShare: input.amount - input.subsidy,
        kind: 'adjustment',
        adjustsLineId: original.id,
        reason: input.reason,
        createdBy: actor.id,
        createdAt: new Date(),
      };
      await insertRows(m, ChargeLineEntity, [line]);
      await this.audit.record(actor, { action: 'charge.adjust', entityType: 'charge_line', entityId: id, before: lineView(original), after: lineView(line) }, m);
      return lineView(line);
    });
  }
}
