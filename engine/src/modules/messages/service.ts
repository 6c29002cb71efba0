import { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { Variables } from '../../operaton/json';
import { Actor } from '../audit/service';
import { Message } from './entities';
import type { OperatonRuntime } from '../../kernel/operaton';
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
 * first answer and nothing is correlated twice. The process engine buffers nothing, so a message
 * that comes before its process waits for it is kept and correlated when it can be (operaton/).
 */
export class MessageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operaton: Pick<OperatonRuntime, 'messages'>,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /**
   * Kept and correlated by business key; answered in the shape POST /messages always had. `kept`: the
   * process engine could not take it now, and the pump delivers it once the engine answers.
   */
  async publish(input: PublishMessage, actor: Actor & { id: string }): Promise<{ message: Message; repeated: boolean; kept: boolean }> {
    const correlationKey = await businessKeyOf(this.dataSource, input.correlationKey);
    const { message, repeated, kept } = await this.operaton.messages.correlate({ ...input, correlationKey }, actor);
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
    if (kept) this.logger.warn({ messageId: input.messageId, name: input.name, reason: message.lastError }, 'process engine unavailable: the message is kept for the pump');
    return { message: shown, repeated, kept };
  }

  /**
   * Publishes for a caller whose own change already stands (a provider's answer, an order's issue):
   * a message the process engine could not take now is kept for the pump (`kept`), so the caller's
   * request does not fail on it. A refusal is thrown.
   */
  async tell(input: PublishMessage, actor: Actor & { id: string }): Promise<{ kept: boolean }> {
    return { kept: (await this.publish(input, actor)).kept };
  }
}
