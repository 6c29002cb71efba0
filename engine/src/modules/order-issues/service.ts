import { randomUUID } from 'node:crypto';
import type { OrderIssueKind } from '@careflow/contracts';
import { DataSource, In, MoreThan } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { DispatchEntity } from '../dispatches/entities';
import { DispatchService } from '../dispatches/service';
import { PublicUser } from '../identity/entities';
import { belongsTo } from '../providers/access';
import { MessageService } from '../messages/service';
import { ProviderItemEntity, ServiceItemEntity } from '../providers/entities';
import { OrderIssue, OrderIssueEntity } from './entities';

/** The message 家政便民 catches on its 上门服务 step (non-interrupting): the hotline handles each report. */
export const ISSUE_MESSAGE = 'provider.issue';
/** Orders a worker can report on: accepted (on the way) or started (at the door). */
const REPORTABLE = ['accepted', 'started'];
/** The same report again within this window is a double tap, not a second report. */
const REPEAT_WINDOW_MS = 60_000;

export type IssueInput = { kind: OrderIssueKind; note: string; items?: { code: string; quantity: number }[] };

/**
 * 服务商上报: a provider's worker tells the hotline the elder is not home, or the job needs more (extra
 * items the hotline prices and confirms with the elder). Each report is kept on the order and
 * published to the case's process, which opens a task for the hotline.
 */
export class OrderIssues {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageService,
    private readonly audit: AuditLog,
    private readonly dispatches: DispatchService,
  ) {}

  async report(dispatchId: string, input: IssueInput, user: PublicUser, actor: Actor & { id: string }): Promise<{ issue: OrderIssue; repeated: boolean }> {
    const order = await this.dataSource.getRepository(DispatchEntity).findOneBy({ id: dispatchId });
    if (!order || !belongsTo(user, order.providerId)) throw errors.notFound(`Dispatch ${dispatchId}`);
    if (!REPORTABLE.includes(order.status)) throw errors.conflict(`The order is ${order.status}: only an accepted or started order is reported on`);
    if (!order.caseId) throw errors.conflict('The order belongs to no case: tell the hotline by phone');
    const items = input.items ?? [];
    await this.checkItems(order.providerId, items);
    const earlier = await this.repeatOf(order.id, input, items);
    if (earlier) return { issue: earlier, repeated: true };
    const issue: OrderIssue = { id: randomUUID(), dispatchId: order.id, caseId: order.caseId, providerId: order.providerId, kind: input.kind, note: input.note, items, reportedBy: user.id, reportedByName: user.displayName, reportedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(OrderIssueEntity).insert(issue);
      await this.audit.record(actor, { action: 'order.issue', entityType: 'dispatch', entityId: order.id, after: { issueId: issue.id, kind: issue.kind, note: issue.note, items } }, m);
    });
    // Told after the row is kept: with the process engine down, the message waits for the pump.
    const variables = { issue: { id: issue.id, kind: issue.kind, note: issue.note, items, reportedBy: issue.reportedByName } };
    await this.messages.tell({ name: ISSUE_MESSAGE, correlationKey: order.id, messageId: `${ISSUE_MESSAGE}:${issue.id}`, variables, timeToLiveSeconds: 24 * 3600 }, actor);
    return { issue, repeated: false };
  }

  /** An order's reports, oldest first; the order is read as its list shows it (another provider's, or outside the caller's areas: "not found"). */
  async ofOrder(dispatchId: string, user: PublicUser): Promise<OrderIssue[]> {
    await this.dispatches.get(dispatchId, user);
    return this.dataSource.getRepository(OrderIssueEntity).find({ where: { dispatchId }, order: { reportedAt: 'ASC' } });
  }

  /** Extra items must be active catalogue items this provider prices: the hotline quotes them at its price. */
  private async checkItems(providerId: string, items: { code: string }[]): Promise<void> {
    if (items.length === 0) return;
    const codes = [...new Set(items.map((i) => i.code))];
    if (codes.length !== items.length) throw errors.invalidInput([{ path: 'items', message: 'each item once, with its quantity' }]);
    const [priced, active] = await Promise.all([
      this.dataSource.getRepository(ProviderItemEntity).findBy({ providerId, itemCode: In(codes) }),
      this.dataSource.getRepository(ServiceItemEntity).findBy({ code: In(codes) }),
    ]);
    const missing = codes.filter((c) => !priced.some((p) => p.itemCode === c) || !active.some((a) => a.code === c && a.active));
    if (missing.length) throw errors.invalidInput(missing.map((code) => ({ path: 'items', message: `${code} is not an item your provider offers` })));
  }

  private async repeatOf(dispatchId: string, input: IssueInput, items: OrderIssue['items']): Promise<OrderIssue | undefined> {
    const recent = await this.dataSource.getRepository(OrderIssueEntity).findBy({ dispatchId, kind: input.kind, reportedAt: MoreThan(new Date(Date.now() - REPEAT_WINDOW_MS)) });
    return recent.find((r) => r.note === input.note && JSON.stringify(r.items) === JSON.stringify(items));
  }
}
