import {
  ACCESS,
  acceptDispatchBody,
  dispatchAnswer,
  dispatchListAnswer,
  dispatchListQuery,
  dispatchWebhookRequestAnswer,
  finishDispatchBody,
  newDispatchAnswer,
  newDispatchBody,
  providerWebhookAnswerBody,
  providerWebhookBody,
  providerWebhookCallAnswer,
  providerWebhookSettingsAnswer,
  providerWebhookTestAnswer,
  rejectDispatchBody,
  startDispatchBody,
} from '@careflow/contracts';
import { z } from 'zod';
import { actorOf, authorOf, checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { requireStaffManager } from '../providers/access';
import { DispatchAnswers, requireProviderUser } from './answers';
import { DispatchService } from './service';
import { PROVIDER_HEADER } from './signing';
import { ProviderWebhooks } from './webhooks';

const Id = z.string().min(1).max(36);
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
      body: newDispatchBody,
      response: newDispatchAnswer,
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
      access: ACCESS.orders.read,
      query: dispatchListQuery,
      response: dispatchListAnswer,
      handler: async (ctx, _body, query) => dispatches.list(currentUser(ctx), query),
    }),
    route({
      method: 'post',
      path: '/dispatches/webhook',
      summary: 'A provider answers an order through its signed webhook (HMAC-SHA256 of timestamp.body)',
      access: 'public',
      response: providerWebhookCallAnswer,
      audit: 'service',
      signed: { refusal: 'The webhook call is not signed by a provider', secret: (ctx) => webhooks.secretOf(ctx.get(PROVIDER_HEADER) || undefined) },
      body: providerWebhookAnswerBody,
      handler: async (ctx, body) => {
        const providerId = ctx.state.signedBy ?? '';
        const { dispatchId, ...answer } = body;
        const dispatch = await dispatches.getOf(dispatchId, providerId);
        const actor = { id: providerId, username: `webhook:${providerId}`, ip: actorOf(ctx).ip };
        const answered = await answers.answer(dispatch, answer, actor);
        return { dispatch: { id: answered.id, status: answered.status } };
      },
    }),
    route({ method: 'get', path: '/dispatches/:id', summary: 'One dispatched order', access: ACCESS.orders.read, response: dispatchAnswer, handler: async (ctx) => ({ dispatch: await dispatches.view(await dispatches.get(id(ctx), currentUser(ctx)), currentUser(ctx)) }) }),
    route({ method: 'post', path: '/dispatches/:id/accept', summary: 'The provider accepts the order (publishes provider.accepted)', access: PROVIDER_USERS, body: acceptDispatchBody, response: dispatchAnswer, audit: 'service', handler: (ctx, body) => answerAs(ctx, { action: 'accept', ...body }) }),
    route({ method: 'post', path: '/dispatches/:id/reject', summary: 'The provider rejects the order with a reason (publishes provider.rejected)', access: PROVIDER_USERS, body: rejectDispatchBody, response: dispatchAnswer, audit: 'service', handler: (ctx, body) => answerAs(ctx, { action: 'reject', ...body }) }),
    route({ method: 'post', path: '/dispatches/:id/start', summary: 'The provider’s worker starts the accepted order, optionally with a photo (publishes provider.started)', access: PROVIDER_USERS, body: startDispatchBody, response: dispatchAnswer, audit: 'service', handler: (ctx, body) => answerAs(ctx, { action: 'start', ...body }) }),
    route({
      method: 'post',
      path: '/dispatches/:id/finish',
      summary: 'The provider’s worker finishes the started order with a photo and the proof of the visit (publishes provider.done)',
      access: PROVIDER_USERS,
      body: finishDispatchBody,
      response: dispatchAnswer,
      audit: 'service',
      handler: (ctx, body) => answerAs(ctx, { action: 'finish', ...body }),
    }),
    route({ method: 'post', path: '/dispatches/:id/done', summary: 'The provider reports the accepted order done without a record of the visit (see start and finish)', access: PROVIDER_USERS, response: dispatchAnswer, audit: 'service', handler: (ctx) => answerAs(ctx, { action: 'done' }) }),
    route({ method: 'post', path: '/dispatches/:id/expire', summary: 'An order nobody answered in time is expired (the process escalates)', access: ['connector', 'supervisor', 'admin'], response: dispatchAnswer, audit: 'service', handler: (ctx) => answerAs(ctx, { action: 'expire' }) }),
    route({
      method: 'get',
      path: '/dispatches/:id/webhook-request',
      summary: 'The signed request that pushes the order to its provider’s webhook (null without one)',
      access: ['connector'],
      response: dispatchWebhookRequestAnswer,
      handler: async (ctx) => {
        const d = await dispatches.get(id(ctx), currentUser(ctx));
        return { request: await webhooks.requestFor(d, (await dispatches.view(d, currentUser(ctx))).provider.name) };
      },
    }),
    route({
      method: 'get',
      path: '/providers/:id/webhook',
      summary: 'A provider’s webhook URL (never its secret)',
      access: ['admin', 'supervisor', 'provider_admin'],
      response: providerWebhookSettingsAnswer,
      handler: async (ctx) => {
        requireStaffManager(currentUser(ctx), id(ctx));
        return { webhook: await webhooks.settingsOf(id(ctx)) };
      },
    }),
    route({
      method: 'post',
      path: '/providers/:id/webhook/test',
      summary: 'Send a signed webhook.test event to the provider’s webhook and report its answer',
      access: ['admin', 'supervisor', 'provider_admin'],
      response: providerWebhookTestAnswer,
      audit: { action: 'provider.webhook_test', entity: 'provider', summary: ({ result }) => ({ outcome: result.test.outcome, status: result.test.status }) },
      handler: async (ctx) => {
        requireStaffManager(currentUser(ctx), id(ctx));
        return { test: await webhooks.test(id(ctx)) };
      },
    }),
    route({
      method: 'put',
      path: '/providers/:id/webhook',
      summary: 'Set or remove a provider’s webhook URL and signing secret',
      access: ['admin', 'supervisor', 'provider_admin'],
      body: providerWebhookBody,
      response: providerWebhookSettingsAnswer,
      audit: { action: 'provider.webhook', entity: 'provider', summary: ({ body }) => ({ url: body.url }) },
      handler: async (ctx, body) => {
        requireStaffManager(currentUser(ctx), id(ctx));
        return { webhook: await webhooks.configure(id(ctx), body) };
      },
    }),
  ];
}
