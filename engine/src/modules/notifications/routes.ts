import { z } from 'zod';
import { checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import { NOTIFICATION_LEVELS } from './entities';
import { NotificationService } from './service';

const Username = z.string().trim().regex(/^[A-Za-z0-9_.-]{2,64}$/, 'a username');
const GroupKey = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'a group key');

export function notificationRoutes(notifications: NotificationService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/notifications',
      summary: 'Notify users and groups in the app (one per recipient, pushed live; idempotent by key)',
      access: ['connector', 'supervisor', 'admin'],
      body: z.strictObject({
        key: z.string().min(1).max(128),
        caseId: z.string().min(1).max(36).optional(),
        users: z.array(Username).max(200).optional(),
        groups: z.array(GroupKey).max(50).optional(),
        title: z.string().trim().min(1).max(200),
        body: z.string().trim().max(2000).default(''),
        level: z.enum(NOTIFICATION_LEVELS).default('info'),
      }),
      handler: async (ctx, body) => {
        const sent = await notifications.send(body);
        ctx.status = sent.repeated ? 200 : 201;
        return sent;
      },
      audit: {
        action: 'notification.send',
        entity: 'notification',
        id: ({ body }) => body.key,
        summary: ({ body, result }) => ({ title: body.title, level: body.level, caseId: body.caseId ?? null, recipients: result.notifications.length, repeated: result.repeated }),
      },
    }),
    route({ method: 'get', path: '/notifications', summary: 'My notifications, unread first, with the unread count', access: 'authenticated', handler: async (ctx) => notifications.mine(currentUser(ctx).id) }),
    route({
      method: 'post',
      path: '/notifications/:id/read',
      summary: 'Mark one of my notifications read',
      access: 'authenticated',
      audit: { none: 'marks one of my own notifications read' },
      handler: async (ctx) => ({ notification: await notifications.markRead(checkedParam(ctx, 'id', z.string().min(1).max(36)), currentUser(ctx).id) }),
    }),
  ];
}
