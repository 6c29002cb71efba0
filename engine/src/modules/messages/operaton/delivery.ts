import crypto from 'node:crypto';
import { Logger } from 'pino';
import { DataSource, LessThanOrEqual, Repository } from 'typeorm';
import { asRow } from '../../../db/columns';
import { errors } from '../../../http/errors';
import { OperatonMessages } from '../../../operaton/messages';
import { ProcessEngineRejection } from '../../../operaton/rest';
import { CaseEventEntity } from '../../cases/entities';
import { CaseTimeline } from '../../cases/timeline';
import { ProcessMessage, ProcessMessageEntity } from './entities';

/** How long a node may take to correlate a claimed message before another may try it again. */
export const DEFAULT_LEASE_MS = 60_000;

/**
 * The local variable every delivery sets on the execution that took the message. The engine's
 * history keeps it, so after a crash between "Operaton took it" and "CareFlow noted it" the message
 * is recognised as delivered instead of being sent a second time. The name is a digest: ids may hold
 * any character, variable names may not.
 */
export function deliveryMarker(messageId: string): string {
  return `careflowMessage_${crypto.createHash('sha256').update(messageId).digest('hex').slice(0, 24)}`;
}

/**
 * One attempt to hand a kept message to Operaton. A message is claimed first (a conditional update,
 * so two nodes or two requests never correlate the same id), then correlated; what the engine
 * answered decides its state. Nothing waiting yet leaves it pending until its time to live ends.
 */
export class MessageDelivery {
  private readonly messages: Repository<ProcessMessage>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: OperatonMessages,
    private readonly timeline: CaseTimeline,
    private readonly logger: Logger,
    private readonly leaseMs = DEFAULT_LEASE_MS,
  ) {
    this.messages = dataSource.getRepository(ProcessMessageEntity);
  }

  /**
   * Tries to deliver the message now. `first`: the sender waits for this answer, so a message the
   * engine refuses outright is taken back (its row and its arrival on the timeline) and the refusal
   * thrown; an engine that does not answer is thrown as an OperationalError after keeping it.
   */
  async attempt(messageId: string, first?: { receivedEventId: string | null }): Promise<ProcessMessage> {
    const row = await this.messages.findOneByOrFail({ messageId });
    const now = new Date();
    const stale = row.status === 'delivering' && (row.lastAttemptAt?.getTime() ?? 0) <= now.getTime() - this.leaseMs;
    if (row.status !== 'pending' && !stale) return row;
    const claim = await this.messages.update({ messageId, status: row.status, attempts: row.attempts }, asRow<ProcessMessage>({ status: 'delivering', attempts: row.attempts + 1, lastAttemptAt: now }));
    if (!claim.affected) return this.messages.findOneByOrFail({ messageId });
    const marker = deliveryMarker(messageId);
    try {
      if (stale && (await this.engine.variableWasSet(marker, messageId))) return await this.settle(row, { status: 'delivered', deliveredAt: new Date(), lastError: null });
      const outcome = await this.engine.correlate({
        messageName: row.name,
        businessKey: row.correlationKey ?? undefined,
        correlationKeys: row.correlationKeys ?? undefined,
        processVariables: row.variables,
        processVariablesLocal: { [marker]: messageId },
      });
      if (outcome.delivered) return await this.settle(row, { status: 'delivered', deliveredAt: new Date(), processInstanceId: outcome.processInstanceId, lastError: null });
      if (row.expiresAt.getTime() <= Date.now()) return await this.expire(row, 'delivering');
      return await this.settle(row, { status: 'pending', lastError: null });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const rejection = error instanceof ProcessEngineRejection ? error : undefined;
      if (!rejection || rejection.retryable || rejection.status >= 500) {
        // Engine down, or the process failed on it (rolled back, so it still waits): kept for the pump.
        await this.settle(row, { status: 'pending', lastError: reason });
        if (first && rejection) return this.messages.findOneByOrFail({ messageId });
        throw error;
      }
      if (first) {
        await this.takeBack(row, first.receivedEventId);
        throw errors.conflict(`The process engine refused message ${row.name}: ${reason}`);
      }
      this.logger.warn({ messageId, name: row.name, reason }, 'kept message refused by the process engine');
      return this.settle(row, { status: 'refused', lastError: reason });
    }
  }

  /** Pending messages whose time to live has run out: expired, logged, and on their case's timeline. */
  async expireDue(now = new Date()): Promise<number> {
    const due = await this.messages.find({ where: { status: 'pending', expiresAt: LessThanOrEqual(now) }, order: { publishedAt: 'ASC' }, take: 500 });
    let expired = 0;
    for (const row of due) if ((await this.expire(row, 'pending')).status === 'expired') expired++;
    return expired;
  }

  private async expire(row: ProcessMessage, from: 'pending' | 'delivering'): Promise<ProcessMessage> {
    const done = await this.dataSource.transaction(async (m) => {
      const { affected } = await m.getRepository(ProcessMessageEntity).update({ messageId: row.messageId, status: from }, asRow<ProcessMessage>({ status: 'expired' }));
      if (affected && row.caseId) await this.timeline.record(row.caseId, 'message.expired', null, { name: row.name, messageId: row.messageId }, m);
      return Boolean(affected);
    });
    if (done) this.logger.warn({ messageId: row.messageId, name: row.name, correlationKey: row.correlationKey, expiresAt: row.expiresAt }, 'message expired before any process waited for it');
    return this.messages.findOneByOrFail({ messageId: row.messageId });
  }

  private async settle(row: ProcessMessage, change: Partial<ProcessMessage>): Promise<ProcessMessage> {
    await this.messages.update({ messageId: row.messageId, status: 'delivering' }, asRow<ProcessMessage>(change));
    return this.messages.findOneByOrFail({ messageId: row.messageId });
  }

  /** A refused first attempt leaves nothing: the row and its arrival on the timeline go. */
  private async takeBack(row: ProcessMessage, receivedEventId: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProcessMessageEntity).delete({ messageId: row.messageId });
      if (receivedEventId) await m.getRepository(CaseEventEntity).delete({ id: receivedEventId });
    });
  }
}
