import { yuan } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import type { Logger } from '../../logger';
import { AuditLog } from '../audit/service';
import { CaseEntity } from '../cases/entities';
import type { CancelHook } from '../cases/operaton/closer';
import { CaseTimeline } from '../cases/timeline';
import { cancelOpenOrders, CanceledOrder } from '../dispatches/cancel-orders';
import { UserEntity } from '../identity/entities';
import { NotificationService } from '../notifications/service';
import { ProviderEntity, ServiceItemEntity } from '../providers/entities';
import { chargeCancellationFees } from './cancellation-fees';

export interface CancelCaseDeps {
  dataSource: DataSource;
  audit: AuditLog;
  timeline: CaseTimeline;
  notifications: NotificationService;
  logger: Logger;
  timeZone: string;
}

/**
 * What a canceled case does to its orders, in the cancel's transaction: open orders become
 * `canceled`, a started one costs its provider's cancellation fee (one charge line), and the case's
 * timeline says so per order (`dispatch.canceled`, with the fee). After the commit the provider's
 * users are told in the app.
 */
export function cancelOrdersWithCase(deps: CancelCaseDeps): CancelHook {
  return async (m, canceled) => {
    const orders = await cancelOpenOrders(m, canceled, deps.audit);
    if (orders.length === 0) return;
    const fees = await chargeCancellationFees(m, canceled, orders, deps.audit, deps.timeZone);
    const [providers, items] = await Promise.all([
      m.getRepository(ProviderEntity).find({ where: { id: In(orders.map((o) => o.order.providerId)) }, select: { id: true, name: true } }),
      m.getRepository(ServiceItemEntity).find({ where: { code: In(orders.map((o) => o.order.serviceItem)) }, select: { code: true, name: true } }),
    ]);
    const told: Told[] = orders.map(({ order, was }) => ({
      order,
      was,
      providerName: providers.find((p) => p.id === order.providerId)?.name ?? order.providerId,
      itemName: items.find((i) => i.code === order.serviceItem)?.name ?? order.serviceItem,
      fee: fees.get(order.id) ?? 0,
    }));
    for (const o of told) {
      const data = { dispatchId: o.order.id, providerId: o.order.providerId, providerName: o.providerName, serviceItemName: o.itemName, was: o.was, reason: canceled.reason, fee: o.fee };
      await deps.timeline.record(canceled.caseId, 'dispatch.canceled', canceled.actor, data, m);
    }
    return () => void tellProviders(deps, canceled.caseId, canceled.reason, told);
  };
}

type Told = Pick<CanceledOrder, 'order' | 'was'> & { providerName: string; itemName: string; fee: number };

/** 工单已取消 to each provider's active users, once per order; a failure is logged, the cancel stands. */
async function tellProviders(deps: CancelCaseDeps, caseId: string, reason: string, told: Told[]): Promise<void> {
  try {
    const found = await deps.dataSource.getRepository(CaseEntity).findOne({ where: { id: caseId }, select: { id: true, caseNumber: true } });
    const users = await deps.dataSource.getRepository(UserEntity).findBy({ providerId: In(told.map((o) => o.order.providerId)), active: true });
    for (const o of told) {
      const names = users.filter((u) => u.providerId === o.order.providerId && (u.roles.includes('provider_admin') || u.roles.includes('provider_staff'))).map((u) => u.username);
      if (names.length === 0) continue;
      const fee = o.fee > 0 ? `；已开始服务，按取消条款向老人收取取消费 ${yuan(o.fee)}` : '';
      await deps.notifications.send({
        // No case link: a provider's users do not open cases; the order shows 已取消 in their list.
        key: `dispatch.canceled:${o.order.id}`,
        users: names,
        title: `工单已取消：${found?.caseNumber ?? ''} ${o.itemName}`,
        body: `取消原因：${reason}${fee}。请勿再上门。`,
        level: o.was === 'dispatched' ? 'info' : 'warning',
      });
    }
  } catch (error) {
    deps.logger.warn({ err: error, caseId }, 'telling the providers of a canceled order failed');
  }
}
