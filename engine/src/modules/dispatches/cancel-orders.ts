import { EntityManager, In } from 'typeorm';
import { asRow } from '../../db/columns';
import { writeLock } from '../../db/locks';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import type { CanceledCase } from '../cases/operaton/closer';
import { Dispatch, DispatchEntity, DispatchStatus, OPEN_STATUSES } from './entities';

/** An order its case's cancel canceled, and how far it had got (`started`: the worker was there). */
export interface CanceledOrder {
  order: Dispatch;
  was: DispatchStatus;
}

/** Who a cancel the engine made is recorded as. */
export const SYSTEM: Actor = { id: null, username: 'system', ip: null };

/**
 * In the transaction that cancels a case: its open orders (dispatched, accepted, started) become
 * `canceled` with the cancel's reason, so they stop counting against the provider's capacity and
 * no answer moves them again. Each is audited (`dispatch.cancel`) with the status it had.
 */
export async function cancelOpenOrders(m: EntityManager, canceled: CanceledCase, audit: AuditLog): Promise<CanceledOrder[]> {
  const repo = m.getRepository(DispatchEntity);
  // MySQL: lock the orders read (the newest versions), so a provider's answer cannot move one under the cancel.
  const open = await repo.find({ where: { caseId: canceled.caseId, status: In(OPEN_STATUSES) }, order: { createdAt: 'ASC', id: 'ASC' }, lock: writeLock(m) });
  const done: CanceledOrder[] = [];
  for (const order of open) {
    const next: Dispatch = { ...order, status: 'canceled', reason: canceled.reason, updatedAt: canceled.at };
    const moved = await repo.update({ id: order.id, status: order.status }, asRow<Dispatch>({ status: next.status, reason: next.reason, updatedAt: next.updatedAt }));
    // Locked (MySQL) or the only writer (SQLite): a miss means the row changed under the lock, and the whole cancel is retried or refused.
    if (!moved.affected) throw errors.conflict(`Dispatch ${order.id} changed meanwhile; cancel again`);
    const before = { status: order.status, staffId: order.staffId };
    await audit.record(canceled.actor ?? SYSTEM, { action: 'dispatch.cancel', entityType: 'dispatch', entityId: order.id, before, after: { status: 'canceled', reason: canceled.reason, caseId: canceled.caseId } }, m);
    done.push({ order: next, was: order.status });
  }
  return done;
}
