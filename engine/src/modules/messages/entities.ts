import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export interface Message {
  messageId: string;
  name: string;
  correlationKey: string;
  variables: Record<string, unknown>;
  messageKey: string | null;
  caseId: string | null;
  publishedBy: string;
  publishedAt: Date;
}

export const MessageEntity = new EntitySchema<Message>({
  name: 'Message',
  tableName: 'messages',
  columns: {
    messageId: { ...named('message_id', column.text(128)), primary: true },
    name: column.text(128),
    correlationKey: named('correlation_key', column.text(128)),
    variables: column.json(),
    messageKey: named('message_key', { ...column.key(), nullable: true }),
    caseId: named('case_id', column.text(36, true)),
    publishedBy: named('published_by', column.text(36)),
    publishedAt: named('published_at', column.time()),
  },
});
