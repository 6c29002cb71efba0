import crypto from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { insertRows } from '../../db/columns';
import { AuditLog } from '../audit/service';
import type { CanceledCase } from '../cases/operaton/closer';
import { CaseEntity } from '../cases/entities';
import { CanceledOrder, SYSTEM } from '../dispatches/cancel-orders';
import { ProviderEntity } from '../providers/entities';
import { ChargeLine, ChargeLineEntity } from './entities';
import { monthIn, openMonthFrom } from './months';

/** The line's item: not a catalogue item, so no subsidy rule prices it. */
export const CANCEL_FEE_ITEM = { code: 'cancel_fee', name: '取消费', unit: '次' } as const;

/** The charge key of an order's cancellation fee: one line per order, however often the cancel is tried. */
export const cancelFeeKey = (dispatchId: string) => `cancel:${dispatchId}`;

/** Only an order whose worker had started (and not finished) costs anything to cancel. */
export const feeApplies = (status: string) => status === 'started';

/**
 * 取消费: in the transaction that cancels the case, one charge line per canceled order whose worker
 * had started, at its provider's cancellation fee (none when the terms are free). The elder pays it
 * all: subsidy rules pay a share of services done, and a fee for a visit cut short is none of them.
 * It goes into the current open month (a closed month never changes). Returns the fee per order.
 */
export async function chargeCancellationFees(m: EntityManager, canceled: CanceledCase, orders: CanceledOrder[], audit: AuditLog, timeZone: string): Promise<Map<string, number>> {
  const fees = new Map<string, number>();
  const started = orders.filter((o) => feeApplies(o.was));
  if (started.length === 0) return fees;
  const [found, providers] = await Promise.all([
    m.getRepository(CaseEntity).findOne({ where: { id: canceled.caseId }, select: { id: true, elderId: true } }),
    m.getRepository(ProviderEntity).find({ where: { id: In(started.map((o) => o.order.providerId)) }, select: { id: true, cancelFee: true } }),
  ]);
  // Charge lines are the elder's: a case without an elder has no one to charge.
  if (!found?.elderId) return fees;
  const month = await openMonthFrom(m, monthIn(timeZone, canceled.at));
  const actor = canceled.actor ?? SYSTEM;
  for (const { order } of started) {
    const fee = providers.find((p) => p.id === order.providerId)?.cancelFee ?? 0;
    const key = cancelFeeKey(order.id);
    if (fee <= 0 || (await m.getRepository(ChargeLineEntity).existsBy({ chargeKey: key }))) continue;
    const line: ChargeLine = {
      id: crypto.randomUUID(),
      lineKey: `${key}:0`,
      chargeKey: key,
      month,
      elderId: found.elderId,
      caseId: canceled.caseId,
      dispatchId: order.id,
      providerId: order.providerId,
      staffId: order.staffId,
      itemCode: CANCEL_FEE_ITEM.code,
      itemName: CANCEL_FEE_ITEM.name,
      unit: CANCEL_FEE_ITEM.unit,
      quantity: 1,
      unitPrice: fee,
      amount: fee,
      subsidy: 0,
      elderShare: fee,
      servedAt: canceled.at,
      kind: 'charge',
      adjustsLineId: null,
      reason: canceled.reason,
      createdBy: actor.id ?? SYSTEM.username!,
      createdAt: new Date(),
    };
    await insertRows(m, ChargeLineEntity, [line]);
    await audit.record(actor, { action: 'charge.cancel_fee', entityType: 'charge', entityId: key, after: { elderId: line.elderId, providerId: line.providerId, dispatchId: order.id, month, amount: fee, subsidy: 0, elderShare: fee } }, m);
    fees.set(order.id, fee);
  }
  return fees;
}
