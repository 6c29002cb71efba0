import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

import type { NotificationLevel } from '@careflow/contracts';

export { NOTIFICATION_LEVELS } from '@careflow/contracts';
export type { NotificationLevel } from '@careflow/contracts';

/** 站内通知: one row per recipient, so each reads their own. */
export interface Notification {
  id: string;
  /** The sender's idempotency key: one send, however often it is repeated. */
  key: string;
  userId: string;
  caseId: string | null;
  /** A page of the app to open (a path such as /wallboard); null: the case's, if any. */
  link: string | null;
  title: string;
  body: string;
  level: NotificationLevel;
  readAt: Date | null;
  createdAt: Date;
}

export const NotificationEntity = new EntitySchema<Notification>({
  name: 'Notification',
  tableName: 'notifications',
  columns: {
    id: column.id(),
    key: named('notification_key', column.text(128)),
    userId: named('user_id', column.text(36)),
    caseId: named('case_id', column.text(36, true)),
    link: column.text(300, true),
    title: column.text(200),
    body: column.longText(),
    level: column.text(16),
    readAt: named('read_at', column.time(true)),
    createdAt: named('created_at', column.time()),
  },
  uniques: [{ name: 'uq_notifications_key_user', columns: ['key', 'userId'] }],
  indices: [{ name: 'ix_notifications_user', columns: ['userId', 'readAt'] }],
});
