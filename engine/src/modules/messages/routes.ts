import { publishMessageAnswer, publishMessageBody } from '@careflow/contracts';
import { authorOf, currentUser, route } from '../../http/route';
import { MessageAccess } from './access';
import { MessageService } from './service';

export function messageRoutes(messages: MessageService, access: MessageAccess) {
  return [
    route({
      method: 'post',
      path: '/messages',
      summary: 'Correlate a declared outside event into an order or case of your own (idempotent by messageId)',
      access: ['admin', 'supervisor', 'agent', 'provider_admin', 'provider_staff'],
      body: publishMessageBody,
      response: publishMessageAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        // Checked before anything is stored: a refused message leaves no row, no timeline entry, nothing in the process engine.
        await access.authorize(body, currentUser(ctx));
        const { message, repeated, kept } = await messages.publish(body, authorOf(ctx));
        // 202: stored, but the process engine is down; it is correlated once the engine answers.
        ctx.status = repeated ? 200 : kept ? 202 : 201;
        return { message, repeated };
      },
    }),
  ];
}
