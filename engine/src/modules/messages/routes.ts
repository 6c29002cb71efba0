import { z } from 'zod';
import { authorOf, currentUser, route } from '../../http/route';
import { MessageAccess } from './access';
import { MessageService } from './service';

const Name = z.string().regex(/^[a-z][\w.-]{0,127}$/i, 'a message name like provider.accepted');

export function messageRoutes(messages: MessageService, access: MessageAccess) {
  return [
    route({
      method: 'post',
      path: '/messages',
      summary: 'Correlate a declared outside event into an order or case of your own (idempotent by messageId)',
      access: ['admin', 'supervisor', 'agent', 'provider_admin', 'provider_staff'],
      body: z.strictObject({
        name: Name,
        correlationKey: z.string().min(1).max(128),
        messageId: z.string().min(1).max(128),
        variables: z.record(z.string(), z.json()).default({}),
        timeToLiveSeconds: z.number().int().min(0).max(7 * 24 * 3600).default(3600),
      }),
      audit: 'service',
      handler: async (ctx, body) => {
        // Checked before anything is stored: a refused message leaves no row, no timeline entry, nothing in the process engine.
        await access.authorize(body, currentUser(ctx));
        const { message, repeated } = await messages.publish(body, authorOf(ctx));
        ctx.status = repeated ? 200 : 201;
        return { message, repeated };
      },
    }),
  ];
}
