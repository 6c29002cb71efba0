import { smsMobilePhone } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { localTimeOf } from '../../local-time';
import type { Logger } from '../../logger';
import { CaseEntity } from '../cases/entities';
import { UserEntity } from '../identity/entities';
import { NotificationService } from '../notifications/service';
import { ProviderEntity, ServiceItemEntity } from '../providers/entities';
import { StaffEntity } from '../providers/staff-entities';
import { SmsOutbox } from '../sms/outbox';
import { Dispatch } from './entities';
import { NEW_ORDER_SMS, STAFF_ORDER_SMS } from './order-sms-templates';

const PROVIDER_ROLES = ['provider_admin', 'provider_staff'];

/** What a provider's people read of an order: the item, the case number (the order's own without a case). */
interface Told {
  item: string;
  caseNumber: string;
  providerName: string;
  contactPhone: string;
}

/**
 * Tells a provider of a new order (its admins in the app, its contact phone by SMS through the
 * outbox) and a worker of the order assigned to them. Keyed by the order (and the worker), so
 * telling again sends nothing new; never the elder's phone. A notice that cannot go (no mobile, the
 * hourly limit, an edited template) is logged: the order stands, the portal shows it.
 */
export class OrderNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly outbox: SmsOutbox,
    private readonly timeZone: string,
    private readonly logger: Logger,
  ) {}

  async newOrder(d: Dispatch): Promise<{ users: number; sms: boolean }> {
    const told = await this.told(d);
    const answerBy = this.when(d.answerDueAt);
    const usernames = await this.answerers(d.providerId);
    const key = `dispatch.new:${d.id}`;
    const inApp = await this.attempt('in-app', d, async () => {
      if (usernames.length === 0) return 0;
      const body = `工单号 ${told.caseNumber}，接单时限：${answerBy}。请在服务商工单中接单或拒单。`;
      return (await this.notifications.send({ key, caseId: d.caseId ?? undefined, users: usernames, title: `新派单：${told.item}`, body, level: 'warning' })).notifications.length;
    });
    const sms = await this.text(d, key, told.contactPhone, told.providerName, NEW_ORDER_SMS.key, { item: told.item, caseNumber: told.caseNumber, answerBy });
    return { users: inApp ?? 0, sms };
  }

  /** The worker an order is assigned to: in the app when a user of the provider has the worker's phone, and by SMS. */
  async assigned(d: Dispatch): Promise<void> {
    if (!d.staffId) return;
    const staff = await this.dataSource.getRepository(StaffEntity).findOneBy({ id: d.staffId, providerId: d.providerId });
    if (!staff) return;
    const told = await this.told(d);
    const workBy = this.when(d.workDueAt);
    const key = `dispatch.staff:${d.id}:${staff.id}`;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ providerId: d.providerId, phone: staff.phone, active: true });
    if (user) {
      const body = `${told.providerName}派给您的工单，工单号 ${told.caseNumber}，完成时限：${workBy}。`;
      await this.attempt('in-app', d, () => this.notifications.send({ key, caseId: d.caseId ?? undefined, users: [user.username], title: `派给您的工单：${told.item}`, body, level: 'info' }));
    }
    await this.text(d, key, staff.phone, staff.name, STAFF_ORDER_SMS.key, { provider: told.providerName, item: told.item, caseNumber: told.caseNumber, workBy });
  }

  /**
   * Who answers a new order: the provider's admins, who accept it and choose the worker (a worker hears
   * of the orders given to them); a provider without an active admin, all its users.
   */
  private async answerers(providerId: string): Promise<string[]> {
    const users = (await this.dataSource.getRepository(UserEntity).findBy({ providerId, active: true })).filter((u) => u.roles.some((r) => PROVIDER_ROLES.includes(r)));
    const admins = users.filter((u) => u.roles.includes('provider_admin'));
    return (admins.length > 0 ? admins : users).map((u) => u.username);
  }

  private async told(d: Dispatch): Promise<Told> {
    const [provider, item, ofCase] = await Promise.all([
      this.dataSource.getRepository(ProviderEntity).findOneByOrFail({ id: d.providerId }),
      this.dataSource.getRepository(ServiceItemEntity).findOneBy({ code: d.serviceItem }),
      d.caseId ? this.dataSource.getRepository(CaseEntity).findOneBy({ id: d.caseId }) : null,
    ]);
    return { item: item?.name ?? d.serviceItem, caseNumber: ofCase?.caseNumber ?? d.id.slice(0, 8), providerName: provider.name, contactPhone: provider.contactPhone };
  }

  /** Queued for the connectors' outbox sender; false when the phone takes no text or the text cannot be queued. */
  private async text(d: Dispatch, key: string, phone: string, name: string, templateKey: string, params: Record<string, string>): Promise<boolean> {
    const mobile = smsMobilePhone.safeParse(phone);
    if (!mobile.success) return false;
    const queued = await this.attempt('sms', d, () =>
      this.outbox.record({ key, phone: mobile.data, recipientName: name.slice(0, 50), templateKey, params, caseId: d.caseId, source: 'dispatch.notice' }, { outboxSends: true }),
    );
    return queued !== undefined;
  }

  private async attempt<T>(channel: string, d: Dispatch, send: () => Promise<T>): Promise<T | undefined> {
    try {
      return await send();
    } catch (error) {
      this.logger.warn({ err: error, dispatchId: d.id, channel }, 'an order notice could not be sent');
      return undefined;
    }
  }

  /** A deadline as the bureau reads it (MM-DD HH:mm in its time zone); 不限 without one. */
  private when(at: Date | null): string {
    if (!at) return '不限';
    const { date, hour, minute } = localTimeOf(at, this.timeZone);
    return `${date.slice(5)} ${hour}:${minute}`;
  }
}
