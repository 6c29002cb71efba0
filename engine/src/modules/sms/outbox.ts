import crypto from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, In, IsNull, Like, MoreThanOrEqual, Repository } from 'typeorm';
import { maskPhone, parsePhone } from '@careflow/contracts';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { retryingTransaction } from '../../db/retry';
import { pageWindow } from '../../db/where';
import { AppError, errors } from '../../http/errors';
import { AreaScope } from '../areas/scope';
import { CaseEntity } from '../cases/entities';
import { ElderAccess } from '../elders/views';
import { NewSmsMessage, SmsListQuery, SmsReceipt, SmsStatusUpdate } from './schema';
import { SmsMessage, SmsMessageEntity, SmsPhoneGuardEntity, SmsStatus } from './entities';

/** How far each status is along queued → sent → delivered | failed. */
const RANK: Record<SmsStatus, number> = { queued: 0, sent: 1, delivered: 2, failed: 2 };

export const rateLimited = (phone: string, limit: number) =>
  new AppError(409, 'sms_rate_limited', `${maskPhone(phone)} already had ${limit} messages in the last hour`, { limitPerHour: limit });

/**
 * Holds the phone's guard row until the transaction ends: the check of the hourly limit and the
 * insert that follows it run for one message to a phone at a time (MariaDB's row lock; SQLite runs
 * transactions one after the other anyway). The first message to a phone makes its row.
 */
async function lockPhone(m: EntityManager, phone: string): Promise<void> {
  const guards = m.getRepository(SmsPhoneGuardEntity);
  if ((await guards.update({ phone }, { touchedAt: new Date() })).affected) return;
  await guards.createQueryBuilder().insert().values({ phone, touchedAt: new Date() }).orIgnore().execute();
  await guards.update({ phone }, { touchedAt: new Date() });
}

/**
 * The SMS outbox: every message to every phone is a row before any adapter sends it, unique by
 * the sender's key, so a retried job finds its row instead of sending twice.
 */
export class SmsOutbox {
  private readonly messages: Repository<SmsMessage>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimitPerHour: number,
    /** Renders a template's text (a missing one is 404, a missing parameter 400). */
    private readonly render: (templateKey: string, params: Record<string, string>) => Promise<string>,
  ) {
    this.messages = dataSource.getRepository(SmsMessageEntity);
  }

  /**
   * Queues a message, its text rendered from its template when no content is given; the same key
   * again returns the stored row and queues (and renders) nothing. `outboxSends`: queued by the
   * engine itself, with no connector job to send it: the connectors' outbox sender claims it.
   * `areaPath`: the area of a message on no case (e.g. an elder's statement), so area scope applies to it.
   */
  async record(input: NewSmsMessage, options: { outboxSends?: boolean; areaPath?: string } = {}): Promise<{ message: SmsMessage; created: boolean }> {
    const earlier = await this.messages.findOneBy({ key: input.key });
    if (earlier) return { message: this.sameOrConflict(earlier, input), created: false };
    const content = input.content ?? (await this.render(input.templateKey as string, input.params ?? {}));
    const row: SmsMessage = {
      id: crypto.randomUUID(),
      key: input.key,
      caseId: input.caseId ?? null,
      areaPath: input.caseId ? ((await this.dataSource.getRepository(CaseEntity).findOneBy({ id: input.caseId }))?.areaPath ?? null) : (options.areaPath ?? null),
      phone: input.phone,
      recipientName: input.recipientName ?? null,
      content,
      templateKey: input.templateKey ?? null,
      params: input.params ?? null,
      adapter: null,
      source: input.source ?? null,
      status: 'queued',
      providerMessageId: null,
      error: null,
      createdAt: new Date(),
      sentAt: null,
      deliveredAt: null,
      outboxSends: options.outboxSends ?? false,
      claimedBy: null,
      claimedUntil: null,
    };
    try {
      await retryingTransaction(this.dataSource, async (m) => {
        await lockPhone(m, input.phone);
        // Counted after the lock (the transaction's first plain read): every earlier writer to this phone has committed.
        const recent = await m.getRepository(SmsMessageEntity).countBy({ phone: input.phone, createdAt: MoreThanOrEqual(new Date(Date.now() - 3600_000)) });
        if (recent >= this.rateLimitPerHour) throw rateLimited(input.phone, this.rateLimitPerHour);
        await m.getRepository(SmsMessageEntity).insert(asRow(row));
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Two deliveries of the same job raced: the first one's row is the message.
      return { message: this.sameOrConflict(await this.messages.findOneByOrFail({ key: input.key }), input), created: false };
    }
    return { message: row, created: true };
  }

  async update(id: string, update: SmsStatusUpdate): Promise<SmsMessage> {
    const message = await this.messages.findOneBy({ id });
    if (!message) throw errors.notFound('SMS message');
    return this.move(message, update);
  }

  /** A delivery report from the provider, found by the id the provider gave the message. */
  async receipt(receipt: SmsReceipt): Promise<SmsMessage> {
    const message = await this.messages.findOneBy({ providerMessageId: receipt.providerMessageId });
    if (!message) throw errors.notFound(`SMS message with provider id ${receipt.providerMessageId}`);
    return this.move(message, receipt.status === 'delivered' ? { status: 'delivered' } : { status: 'failed', error: receipt.error || 'not delivered' });
  }

  /** Within the user's area scope: messages of cases in their areas, and those of no area (as tasks). */
  async list(query: SmsListQuery, access: ElderAccess, scope: AreaScope): Promise<{ messages: (SmsMessage & { caseNumber: string | null })[]; total: number }> {
    const where: FindOptionsWhere<SmsMessage> = {};
    if (query.recipient) where.phone = parsePhone(query.recipient)?.number ?? query.recipient;
    if (query.caseId) where.caseId = query.caseId;
    if (query.caseNumber) {
      const found = await this.dataSource.getRepository(CaseEntity).findOne({ where: { caseNumber: query.caseNumber }, select: { id: true } });
      if (!found || (query.caseId && query.caseId !== found.id)) return { messages: [], total: 0 };
      where.caseId = found.id;
    }
    if (query.status) where.status = query.status;
    const scoped = scope === null ? where : [{ ...where, areaPath: IsNull() }, ...scope.map((prefix) => ({ ...where, areaPath: Like(`${prefix}%`) }))];
    const [rows, total] = await this.messages.findAndCount({ where: scoped, order: { createdAt: 'DESC', id: 'ASC' }, ...pageWindow(query) });
    const masked = access !== 'full';
    const numbers = await this.caseNumbers(rows);
    const shown = masked ? rows.map((m) => ({ ...m, phone: maskPhone(m.phone), params: null })) : rows;
    return { messages: shown.map((m) => ({ ...m, caseNumber: m.caseId ? (numbers.get(m.caseId) ?? null) : null })), total };
  }

  /** The numbers of the messages' cases, read once for the page. */
  private async caseNumbers(rows: SmsMessage[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((m) => m.caseId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const cases = await this.dataSource.getRepository(CaseEntity).find({ where: { id: In(ids) }, select: { id: true, caseNumber: true } });
    return new Map(cases.map((c) => [c.id, c.caseNumber]));
  }

  /** Only forward: a repeat of the current status is a no-op, anything backwards is a conflict. */
  private async move(message: SmsMessage, update: SmsStatusUpdate): Promise<SmsMessage> {
    if (update.status === message.status) return message;
    if (RANK[update.status] <= RANK[message.status]) {
      throw errors.conflict(`The message is already ${message.status}; it cannot become ${update.status}`, { status: message.status });
    }
    const now = new Date();
    const changes: Partial<SmsMessage> = { status: update.status };
    if (update.status === 'sent') Object.assign(changes, { adapter: update.adapter, providerMessageId: update.providerMessageId ?? null, sentAt: now });
    if (update.status === 'delivered') Object.assign(changes, { deliveredAt: now, sentAt: message.sentAt ?? now });
    if (update.status === 'failed') Object.assign(changes, { error: update.error, ...(update.adapter ? { adapter: update.adapter } : {}) });
    // Guarded by the status read, so two reports racing cannot both move it.
    const result = await this.messages.update({ id: message.id, status: message.status }, asRow(changes));
    if (!result.affected) return this.move(await this.messages.findOneByOrFail({ id: message.id }), update);
    return { ...message, ...changes };
  }

  /** The same key with another phone or text is a sender bug, not a repeat. */
  private sameOrConflict(earlier: SmsMessage, input: NewSmsMessage): SmsMessage {
    // A rendered text is compared by its template: the template may have been edited since.
    const sameText = input.content === undefined ? earlier.templateKey === input.templateKey : earlier.content === input.content;
    if (earlier.phone !== input.phone || !sameText) {
      throw errors.conflict(`SMS key ${input.key} was already used for another phone or text`);
    }
    return earlier;
  }
}
