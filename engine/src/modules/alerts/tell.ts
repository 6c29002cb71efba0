import { smsMobilePhone } from '@careflow/contracts';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { inScope } from '../areas/scope';
import type { AreaService } from '../areas/service';
import { publicUser, UserEntity } from '../identity/entities';
import type { NotificationService } from '../notifications/service';
import type { SmsOutbox } from '../sms/outbox';
import type { AlertCrossingRow, AlertRuleRow } from './entities';
import type { Reading } from './measures';

/** Where each kind's notice leads: the view that shows what crossed. */
export function linkOf(rule: AlertRuleRow): string {
  if (rule.kind === 'overdue_cases') return `/cases?due=overdue${rule.areaCode ? `&area=${encodeURIComponent(rule.areaCode)}` : ''}`;
  return '/wallboard';
}

/** The notice's title and text, in the bureau's language. */
export function noticeOf(rule: AlertRuleRow, reading: Reading, areaName: string | null): { title: string; body: string } {
  const where = areaName ? `（${areaName}）` : '';
  const title = `预警：${rule.name}`;
  if (rule.kind === 'answer_rate') return { title, body: `近 ${rule.minutes} 分钟接通率 ${reading.value}%，低于 ${rule.threshold}%（已结束来电 ${reading.basis ?? 0} 通）` };
  if (rule.kind === 'unconfirmed_alarms') return { title, body: `超过 ${rule.minutes} 分钟未确认的紧急呼叫 ${reading.value} 起，超过 ${rule.threshold} 起${where}` };
  return { title, body: `已超期工单 ${reading.value} 件，超过 ${rule.threshold} 件${where}` };
}

/**
 * Tells a crossing to the duty supervisors (active users with the supervisor role whose area scope
 * covers the rule's area; a whole-bureau rule, those limited to no area): in-app, with a link to the
 * view, and by SMS to each one's mobile through the outbox. A text refused (no mobile, the phone's
 * hourly limit) leaves the others and the in-app notice standing.
 */
export class CrossingTeller {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly notifications: NotificationService,
    private readonly outbox: SmsOutbox,
    /** HOTLINE_NAME: the texts' signature. */
    private readonly hotline: string,
    private readonly logger: Logger,
  ) {}

  async tell(rule: AlertRuleRow, crossing: AlertCrossingRow, reading: Reading): Promise<{ notified: number; texted: number }> {
    const supervisors = await this.dutySupervisors(rule);
    if (supervisors.length === 0) return { notified: 0, texted: 0 };
    const area = rule.areaCode ? await this.areas.find(rule.areaCode) : null;
    const { title, body } = noticeOf(rule, reading, area?.name ?? null);
    const link = linkOf(rule);
    const sent = await this.notifications.send({ key: `alert:${crossing.id}`, users: supervisors.map((u) => u.username), title, body, level: 'urgent', link });
    let texted = 0;
    for (const user of supervisors) {
      const phone = smsMobilePhone.safeParse(user.phone ?? '');
      if (!phone.success) continue; // no mobile on the account: told in-app only
      try {
        await this.outbox.record({ key: `alert:${crossing.id}:${user.id}`, phone: phone.data, recipientName: user.displayName, content: `【${this.hotline}】${title}。${body}`, source: 'alert' }, { outboxSends: true, areaPath: rule.areaPath || undefined });
        texted++;
      } catch (err) {
        this.logger.warn({ err, ruleId: rule.id, userId: user.id }, 'alert text not queued');
      }
    }
    return { notified: sent.notifications.length, texted };
  }

  private async dutySupervisors(rule: AlertRuleRow) {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ active: true });
    const supervisors = users.filter((u) => u.roles.includes('supervisor'));
    const covering = await Promise.all(supervisors.map(async (u) => inScope(await this.areas.scopeOf(publicUser(u, [])), rule.areaPath || null)));
    return supervisors.filter((_, i) => covering[i]);
  }
}
