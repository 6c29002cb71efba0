import { DataSource, In, Repository } from 'typeorm';
import { asRow } from '../../../db/columns';
import { isUniqueViolation } from '../../../db/errors';
import { errors, OperationalError } from '../../../http/errors';
import { Variables } from '../../../operaton/json';
import { Actor, AuditLog } from '../../audit/service';
import { CaseEntity } from '../../cases/entities';
import { CaseTimeline } from '../../cases/timeline';
import { MessageDelivery } from './delivery';
import { MessageState, ProcessMessage, ProcessMessageEntity } from './entities';

/** A message to correlate, as POST /api/messages takes it (correlationKey is the case number). */
export interface CorrelateMessage {
  name: string;
  messageId: string;
  /** The business key: the case number. */
  correlationKey?: string;
  /** Process variables to correlate by, besides or instead of the business key (primitives). */
  correlationKeys?: Variables;
  variables: Variables;
  /** How long it is kept when nothing waits for it yet; 0 = now or never. */
  timeToLiveSeconds: number;
}

/**
 * Correlates outside events (provider.accepted, call.answered…) into Operaton processes by business
 * key and/or correlation variables. Operaton keeps no message buffer, so every message is stored
 * first, under its id: the same id again (concurrently, or after a restart) gets the first answer
 * and is correlated once. One that nothing waits for yet stays pending until its subscription
 * appears (the pump delivers it) or its time to live ends.
 */
export class OperatonMessageService {
  private readonly messages: Repository<ProcessMessage>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MessageDelivery,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditLog,
  ) {
    this.messages = dataSource.getRepository(ProcessMessageEntity);
  }

  /** `kept`: the process engine could not take it now; it is stored as pending and the pump delivers it once the engine answers. */
  async correlate(input: CorrelateMessage, actor: Actor & { id: string }): Promise<{ message: ProcessMessage; repeated: boolean; kept: boolean }> {
    if (!input.correlationKey && Object.keys(input.correlationKeys ?? {}).length === 0) {
      throw errors.invalidInput([{ path: 'correlationKey', message: 'a business key (the case number) or correlation keys' }]);
    }
    if (!Number.isInteger(input.timeToLiveSeconds) || input.timeToLiveSeconds < 0) {
      throw errors.invalidInput([{ path: 'timeToLiveSeconds', message: 'whole seconds, 0 or more' }]);
    }
    const earlier = await this.messages.findOneBy({ messageId: input.messageId });
    if (earlier) return { message: sameOrConflict(earlier, input), repeated: true, kept: false };
    const found = input.correlationKey ? await this.dataSource.getRepository(CaseEntity).findOneBy({ caseNumber: input.correlationKey }) : null;
    const publishedAt = new Date();
    const row: ProcessMessage = {
      messageId: input.messageId,
      name: input.name,
      correlationKey: input.correlationKey ?? null,
      correlationKeys: input.correlationKeys && Object.keys(input.correlationKeys).length > 0 ? input.correlationKeys : null,
      variables: input.variables,
      caseId: found?.id ?? null,
      status: 'pending',
      publishedBy: actor.id,
      publishedAt,
      expiresAt: new Date(publishedAt.getTime() + input.timeToLiveSeconds * 1000),
      attempts: 0,
      lastAttemptAt: null,
      deliveredAt: null,
      processInstanceId: null,
      lastError: null,
    };
    let receivedEventId: string | null = null;
    try {
      // Claims the id before the engine hears of it, and records the arrival before the process can react.
      receivedEventId = await this.dataSource.transaction(async (m) => {
        await m.getRepository(ProcessMessageEntity).insert(asRow(row));
        if (!row.caseId) return null;
        return (await this.timeline.record(row.caseId, 'message.received', actor, { name: row.name, messageId: row.messageId }, m)).id;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { message: sameOrConflict(await this.messages.findOneByOrFail({ messageId: input.messageId }), input), repeated: true, kept: false };
    }
    const audited = (status: MessageState) =>
      this.audit.record(actor, { action: 'message.publish', entityType: 'message', entityId: row.messageId, after: { name: row.name, correlationKey: row.correlationKey, status } });
    let message: ProcessMessage;
    try {
      message = await this.delivery.attempt(row.messageId, { receivedEventId });
    } catch (error) {
      // Refused (taken back): nothing to record. Engine down: it was accepted and waits for the pump.
      if (!(error instanceof OperationalError)) throw error;
      await audited('pending');
      return { message: await this.messages.findOneByOrFail({ messageId: row.messageId }), repeated: false, kept: true };
    }
    await audited(message.status);
    return { message, repeated: false, kept: false };
  }

  /** Messages in a state, oldest first: what waits (pending), what never found its process (expired, refused). */
  inState(states: MessageState[], limit = 100): Promise<ProcessMessage[]> {
    return this.messages.find({ where: { status: In(states) }, order: { publishedAt: 'ASC' }, take: limit });
  }

  /** The messages of one case, oldest first. */
  forCase(caseId: string): Promise<ProcessMessage[]> {
    return this.messages.find({ where: { caseId }, order: { publishedAt: 'ASC' } });
  }
}

/** The same message id with another name or key is a client bug, not a repeat. */
function sameOrConflict(earlier: ProcessMessage, input: CorrelateMessage): ProcessMessage {
  const sameKeys = JSON.stringify(earlier.correlationKeys ?? {}) === JSON.stringify(input.correlationKeys ?? {});
  if (earlier.name !== input.name || earlier.correlationKey !== (input.correlationKey ?? null) || !sameKeys) {
    throw errors.conflict(`Message id ${input.messageId} was already used for ${earlier.name} / ${earlier.correlationKey ?? JSON.stringify(earlier.correlationKeys)}`);
  }
  return earlier;
}
