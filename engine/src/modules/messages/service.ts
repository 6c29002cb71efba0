import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { Actor, AuditLog } from '../audit/service';
import { CaseEntity, CaseEvent, CaseEventEntity } from '../cases/entities';
import { CaseTimeline } from '../cases/timeline';
import { Message, MessageEntity } from './entities';
import type { OperatonRuntime } from '../../wiring/operaton';
import { businessKeyOf } from './operaton/business-key';

export interface PublishMessage {
  name: string;
  correlationKey: string;
  messageId: string;
  variables: Variables;
  timeToLiveSeconds: number;
}

/**
 * Correlates outside events (provider.accepted, call.answered…) into processes by name and
 * correlation key, usually the case number. The message id makes it idempotent: a repeat gets the
 * first answer and nothing is published twice.
 */
export class MessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditLog,
    /** Set when cases run on Operaton (CASE_PROCESS_ENGINE=operaton). */
    private readonly operaton?: OperatonRuntime,
  ) {}

  async publish(input: PublishMessage, actor: Actor & { id: string }): Promise<{ message: Message; repeated: boolean }> {
    if (this.operaton) return this.correlateOnOperaton(this.operaton, input, actor);
    const messages = this.dataSource.getRepository(MessageEntity);
    const earlier = await messages.findOneBy({ messageId: input.messageId });
    if (earlier) return { message: this.sameOrConflict(earlier, input), repeated: true };
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ caseNumber: input.correlationKey });
    const row: Message = {
      messageId: input.messageId,
      name: input.name,
      correlationKey: input.correlationKey,
      variables: input.variables,
      messageKey: null,
      caseId: found?.id ?? null,
      publishedBy: actor.id,
      publishedAt: new Date(),
    };
    let received: CaseEvent | undefined;
    try {
      // Claims the id before Zeebe hears of it, and records the arrival before the process can react to it.
      received = await this.dataSource.transaction(async (m) => {
        await m.getRepository(MessageEntity).insert(asRow(row));
        return row.caseId ? this.timeline.record(row.caseId, 'message.received', actor, { name: row.name, messageId: row.messageId }, m) : undefined;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { message: this.sameOrConflict(await messages.findOneByOrFail({ messageId: input.messageId }), input), repeated: true };
    }
    try {
      const published = await this.zeebe.publishMessage({
        name: input.name,
        correlationKey: input.correlationKey,
        messageId: input.messageId,
        variables: toZeebeVariables(input.variables),
        timeToLive: input.timeToLiveSeconds * 1000,
      });
      row.messageKey = String(published.key);
    } catch (error) {
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(MessageEntity).delete({ messageId: input.messageId });
        if (received) await m.getRepository(CaseEventEntity).delete({ id: received.id });
      });
      if (grpcCode(error) === GrpcStatus.ALREADY_EXISTS) throw errors.conflict(`Zeebe already holds a message with id ${input.messageId}`);
      throw errors.unavailable('Zeebe', error);
    }
    await messages.update({ messageId: row.messageId }, { messageKey: row.messageKey });
    await this.audit.record(actor, { action: 'message.publish', entityType: 'message', entityId: row.messageId, after: { name: row.name, correlationKey: row.correlationKey } });
    return { message: row, repeated: false };
  }

  /** Kept and correlated by business key on Operaton (which buffers nothing); answered in the shape POST /messages always had. */
  private async correlateOnOperaton(operaton: OperatonRuntime, input: PublishMessage, actor: Actor & { id: string }): Promise<{ message: Message; repeated: boolean }> {
    const correlationKey = await businessKeyOf(this.dataSource, input.correlationKey);
    const { message, repeated } = await operaton.messages.correlate({ ...input, correlationKey }, actor);
    const shown: Message = {
      messageId: message.messageId,
      name: message.name,
      correlationKey: input.correlationKey,
      variables: message.variables,
      messageKey: message.processInstanceId,
      caseId: message.caseId,
      publishedBy: message.publishedBy,
      publishedAt: message.publishedAt,
    };
    return { message: shown, repeated };
  }

  /** The same message id with another name or key is a client bug, not a repeat. */
  private sameOrConflict(earlier: Message, input: PublishMessage): Message {
    if (earlier.name !== input.name || earlier.correlationKey !== input.correlationKey) {
      throw errors.conflict(`Message id ${input.messageId} was already used for ${earlier.name} / ${earlier.correlationKey}`);
    }
    return earlier;
  }
}
