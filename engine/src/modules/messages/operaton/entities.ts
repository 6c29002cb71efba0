import { EntitySchema } from 'typeorm';
import { column, named } from '../../../db/columns';
import { Variables } from '../../../operaton/json';

/**
 * pending: kept, nothing waits for it yet (or the engine was down); delivering: one node is
 * correlating it now; delivered; expired: its time to live ran out first; refused: the engine
 * will never take it (two executions match, a variable it cannot read).
 */
export const MESSAGE_STATES = ['pending', 'delivering', 'delivered', 'expired', 'refused'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/** An outside event for a process, kept by CareFlow until Operaton takes it (Operaton keeps no message buffer). */
export interface ProcessMessage {
  messageId: string;
  name: string;
  /** The business key it correlates by: the case number. */
  correlationKey: string | null;
  /** Process variables it correlates by, besides or instead of the business key. */
  correlationKeys: Variables | null;
  variables: Variables;
  caseId: string | null;
  status: MessageState;
  publishedBy: string;
  publishedAt: Date;
  expiresAt: Date;
  attempts: number;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  processInstanceId: string | null;
  lastError: string | null;
}

export const ProcessMessageEntity = new EntitySchema<ProcessMessage>({
  name: 'ProcessMessage',
  tableName: 'process_messages',
  columns: {
    messageId: { ...named('message_id', column.text(128)), primary: true },
    name: column.text(128),
    correlationKey: named('correlation_key', column.text(128, true)),
    correlationKeys: named('correlation_keys', column.json(true)),
    variables: column.json(),
    caseId: named('case_id', column.text(36, true)),
    status: column.text(16),
    publishedBy: named('published_by', column.text(36)),
    publishedAt: named('published_at', column.time()),
    expiresAt: named('expires_at', column.time()),
    attempts: { type: 'int', default: 0 },
    lastAttemptAt: named('last_attempt_at', column.time(true)),
    deliveredAt: named('delivered_at', column.time(true)),
    processInstanceId: named('process_instance_id', column.text(64, true)),
    lastError: named('last_error', column.longText(true)),
  },
  indices: [{ name: 'idx_process_messages_status', columns: ['status', 'publishedAt'] }],
});
