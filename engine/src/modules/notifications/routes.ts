import { myNotificationsAnswer, notificationAnswer, sendNotificationBody, sentNotificationsAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import { NotificationService } from './service';


export function notificationRoutes(notifications: NotificationService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/notifications',
      summary: 'Notify users and groups in the app (one per recipient, pushed live; idempotent by key)',
      access: ['connector', 'supervisor', 'admin'],
      body: sendNotificationBody,
      response: sentNotificationsAnswer,
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
    route({ method: 'get', path: '/notifications', summary: 'My notifications, unread first, with the unread count', access: 'authenticated', response: myNotificationsAnswer, handler: async (ctx) => notifications.mine(currentUser(ctx).id) }),
    route({
      method: 'post',
      path: '/notifications/:id/read',
      summary: 'Mark one of my notifications read',
      access: 'authenticated',
      audit: { none: 'marks one of my own notifications read' },
      response: notificationAnswer,
      handler: async (ctx) => ({ notification: await notifications.markRead(checkedParam(ctx, 'id', z.string().min(1).max(36)), currentUser(ctx).id) }),
    }),
  ];
}
