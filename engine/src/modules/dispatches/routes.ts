import { z } from 'zod';
import { errors } from '../../http/errors';
import { HttpUrl } from '../../http/http-url';
import { parseQuery } from '../../http/query';
import { actorOf, authorOf, checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { requireStaffManager } from '../providers/access';
import { DispatchAnswers, requireProviderUser } from './answers';
import { DISPATCH_STATUSES } from './entities';
import { DispatchService } from './service';
import { PROVIDER_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signing';
import { ProviderWebhooks } from './webhooks';

const Id = z.string().min(1).max(36);
const Code = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
const NewDispatchBody = z.strictObject({
  key: z.string().min(1).max(128),
  caseId: Id.optional(),
  serviceItem: Code,
  areaCode: Code.max(32),
  providerId: Id.optional(),
  note: z.string().trim().max(500).optional(),
});
const WebhookBody = z.union([z.strictObject({ url: HttpUrl, secret: z.string().min(16).max(128) }), z.strictObject({ url: z.null() })]);
const ProviderAnswer = z.discriminatedUnion('action', [
  z.strictObject({ dispatchId: Id, action: z.literal('accept'), staffId: Id.optional() }),
  z.strictObject({ dispatchId: Id, action: z.literal('reject'), reason: z.string().trim().min(1).max(500) }),
  z.strictObject({ dispatchId: Id, action: z.literal('done') }),
]);
const PROVIDER_USERS = ['provider_admin', 'provider_staff'] as const;

export function dispatchRoutes(dispatches: DispatchService, answers: DispatchAnswers, webhooks: ProviderWebhooks): RouteSpec[] {
  const id = (ctx: RouteContext) => checkedParam(ctx, 'id', Id);
  const answerAs = async (ctx: RouteContext, answer: Parameters<DispatchAnswers['answer']>[1]) => {
    const user = currentUser(ctx);
    const dispatch = await dispatches.get(id(ctx), user);
    if (answer.action !== 'expire') requireProviderUser(user, dispatch);
    return { dispatch: await dispatches.view(await answers.answer(dispatch, answer, authorOf(ctx)), user) };
  };
  return [
    route({
      method: 'post',
      path: '/dispatches',
      summary: 'Dispatch (派单) a service item in an area to a provider chosen by the rules, or the one named (idempotent by key)',
      access: ['connector', 'supervisor', 'admin'],
      body: NewDispatchBody,
      handler: async (ctx, body) => {
        const { dispatch, repeated } = await dispatches.create(body, currentUser(ctx), authorOf(ctx));
        ctx.status = repeated ? 200 : 201;
        return { dispatch, repeated };
      },
      audit: {
        action: 'dispatch.create',
        entity: 'dispatch',
        summary: ({ body, result }) => ({ caseId: body.caseId ?? null, serviceItem: body.serviceItem, areaCode: body.areaCode, providerId: result.dispatch.providerId, repeated: result.repeated }),
      },
    }),
    route({
      method: 'get',
      path: '/dispatches',
      summary: 'Dispatched orders: a provider’s own for its users, those in the area scope for supervisors',
      access: ['admin', 'supervisor', ...PROVIDER_USERS],
      handler: async (ctx) => ({ dispatches: await dispatches.list(currentUser(ctx), parseQuery(z.object({ status: z.enum(DISPATCH_STATUSES).optional(), caseId: Id.optional() }), ctx.query)) }),
    }),
    route({
      method: 'post',
      path: '/dispatches/webhook',
      summary: 'A provider answers an order through its signed webhook (HMAC-SHA256 of timestamp.body)',
      access: 'public',
      audit: 'service',
      handler: async (ctx) => {
        const header = (name: string) => ctx.get(name) || undefined;
        const raw = (ctx.request as { rawBody?: string }).rawBody ?? '';
        const providerId = await webhooks.verify(header(PROVIDER_HEADER), header(TIMESTAMP_HEADER), header(SIGNATURE_HEADER), raw);
        const parsed = ProviderAnswer.safeParse(ctx.request.body);
        if (!parsed.success) throw errors.invalidInput(parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })));
        const { dispatchId, ...answer } = parsed.data;
        const dispatch = await dispatches.getOf(dispatchId, providerId);
        const actor = { id: providerId, username: `webhook:${providerId}`, ip: actorOf(ctx).ip };
        const answered = await answers.answer(dispatch, answer, actor);
        return { dispatch: { id: answered.id, status: answered.status } };
      },
    }),
    route({ method: 'get', path: '/dispatches/:id', summary: 'One dispatched order', access: ['admin', 'supervisor', ...PROVIDER_USERS], handler: async (ctx) => ({ dispatch: await dispatches.view(await dispatches.get(id(ctx), currentUser(ctx)), currentUser(ctx)) }) }),
    route({ method: 'post', path: '/dispatches/:id/accept', summary: 'The provider accepts the order (publishes provider.accepted)', access: PROVIDER_USERS, body: z.strictObject({ staffId: Id.optional() }), audit: 'service', handler: (ctx, body) => answerAs(ctx, { action: 'accept', ...body }) }),
    route({ method: 'post', path: '/dispatches/:id/reject', summary: 'The provider rejects the order with a reason (publishes provider.rejected)', access: PROVIDER_USERS, body: z.strictObject({ reason: z.string().trim().min(1).max(500) }), audit: 'service', handler: (ctx, body) => answerAs(ctx, { action: 'reject', ...body }) }),
    route({ method: 'post', path: '/dispatches/:id/done', summary: 'The provider reports the accepted order done', access: PROVIDER_USERS, audit: 'service', handler: (ctx) => answerAs(ctx, { action: 'done' }) }),
    route({ method: 'post', path: '/dispatches/:id/expire', summary: 'An order nobody answered in time is expired (the process escalates)', access: ['connector', 'supervisor', 'admin'], audit: 'service', handler: (ctx) => answerAs(ctx, { action: 'expire' }) }),
    route({
      method: 'get',
      path: '/dispatches/:id/webhook-request',
      summary: 'The signed request that pushes the order to its provider’s webhook (null without one)',
      access: ['connector'],
      handler: async (ctx) => {
        const d = await dispatches.get(id(ctx), currentUser(ctx));
        return { request: await webhooks.requestFor(d, (await dispatches.view(d, currentUser(ctx))).provider.name) };
      },
    }),
    route({
      method: 'put',
      path: '/providers/:id/webhook',
      summary: 'Set or remove a provider’s webhook URL and signing secret',
      access: ['admin', 'supervisor', 'provider_admin'],
      body: WebhookBody,
      audit: { action: 'provider.webhook', entity: 'provider', summary: ({ body }) => ({ url: body.url }) },
      handler: async (ctx, body) => {
        requireStaffManager(currentUser(ctx), id(ctx));
        return { webhook: await webhooks.configure(id(ctx), body) };
      },
    }),
  ];
}
