import { DataSource } from 'typeorm';
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
  ) {}

  /** Kept and correlated by business key; answered in the shape POST /messages always had. */
  async publish(input: PublishMessage, actor: Actor & { id: string }): Promise<{ message: Message; repeated: boolean }> {
    const correlationKey = await businessKeyOf(this.dataSource, input.correlationKey);
    const { message, repeated } = await this.operaton.messages.correlate({ ...input, correlationKey }, actor);
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
}
