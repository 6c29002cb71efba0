import { z } from 'zod';
import { timestamp } from '../wire';

export const NOTIFICATION_LEVELS = ['info', 'warning', 'urgent'] as const;
export const notificationLevel = z.enum(NOTIFICATION_LEVELS);
export type NotificationLevel = z.infer<typeof notificationLevel>;

/** 站内通知, one per recipient. */
export const notificationView = z.object({
  id: z.string(),
  userId: z.string(),
  caseId: z.string().nullable(),
  /** A page of the app to open (a path such as /wallboard); null: the case's, if any. */
  link: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  level: notificationLevel,
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type NotificationView = z.infer<typeof notificationView>;

/** GET /api/notifications: mine, unread first, with the unread count. */
export const myNotificationsAnswer = z.object({ notifications: z.array(notificationView), unread: z.number().int() });
export const notificationAnswer = z.object({ notification: notificationView });

const username = z.string().trim().regex(/^[A-Za-z0-9_.-]{2,64}$/, 'a username');
const groupKey = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'a group key');

/** POST /api/notifications: one per recipient, pushed live; idempotent by key. */
export const sendNotificationBody = z.strictObject({
  key: z.string().min(1).max(128),
  caseId: z.string().min(1).max(36).optional(),
  users: z.array(username).max(200).optional(),
  groups: z.array(groupKey).max(50).optional(),
  /** A department's head: the members of these groups who hold the supervisor role (督办 reaches them). */
  groupHeads: z.array(groupKey).max(50).optional(),
  /** A path of this app (never another site's address): what the notice opens. */
  link: z.string().max(300).regex(/^\/(?!\/)[\w\-./?=&%]*$/, 'a path of this app, such as /wallboard').optional(),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(2000).default(''),
  level: notificationLevel.default('info'),
});
/** Who got it: 201 when sent now, 200 (repeated) when the key was sent before. */
export const sentNotificationsAnswer = z.object({
  notifications: z.array(notificationView),
  recipients: z.array(z.object({ userId: z.string(), username: z.string(), displayName: z.string(), phone: z.string().nullable() })),
  repeated: z.boolean(),
});
