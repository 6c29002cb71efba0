import {
  ACCESS,
  createHandoverSourceBody,
  handoverIntakeAnswer,
  handoverIntakeBody,
  handoverListAnswer,
  handoverListQuery,
  handoverSourceAnswer,
  handoverSourceCode,
  handoverSourcesAnswer,
  updateHandoverSourceBody,
} from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { actorOf, checkedParam, param, route, RouteContext } from '../../http/route';
import { HandoverIntakeService } from './intake';
import { HandoverSources } from './sources';
import { listHandovers } from './views';

/** A 转办件 is a form's worth of text: anything larger is refused before its signature is even checked. */
export const MAX_INTAKE_BYTES = 64 * 1024;

/** One argument, so a route table can be listed without services (the OpenAPI test passes `{}`). */
export function handoverRoutes(services: { dataSource: DataSource; sources: HandoverSources; intake: HandoverIntakeService }) {
  const { dataSource, sources, intake } = services;
  const MANAGE = ACCESS.handovers.manage;
  const sourceSecret = async (ctx: RouteContext) => {
    const raw = (ctx.request as { rawBody?: string }).rawBody ?? '';
    if (Buffer.byteLength(raw) > MAX_INTAKE_BYTES) throw errors.payloadTooLarge('64 KB');
    const found = await sources.find(param(ctx, 'source'));
    return found?.active ? { signer: found.code, secret: found.secret } : { refused: 'unknown or inactive source' };
  };
  return [
    route({
      method: 'post',
      path: '/handovers/:source',
      summary: '转办件 in from a source (12345, mailbox, SMS), HMAC-signed: opens a case of the mapped type (201), or joins the open case of the same reference (200)',
      access: 'public',
      signed: { refusal: 'Handover refused', secret: sourceSecret },
      audit: { none: 'a signed 转办件: the case it opens is audited with the case, a repeat is on its timeline' },
      body: handoverIntakeBody,
      response: handoverIntakeAnswer,
      handler: async (ctx, body) => {
        const source = await sources.find(ctx.state.signedBy ?? '');
        if (!source) throw errors.notFound('Handover source');
        const answer = await intake.receive(source, body, ctx.ip || null);
        ctx.status = answer.repeat ? 200 : 201;
        return answer;
      },
    }),
    route({ method: 'get', path: '/handovers', summary: '转办件 received, newest first, with the state of their result report', access: ACCESS.handovers.read, query: handoverListQuery, response: handoverListAnswer, handler: async (_ctx, _b, query) => listHandovers(dataSource, query) }),
    route({ method: 'get', path: '/handover-sources', summary: '转办件 sources with their callback and category mapping (secrets are never shown)', access: MANAGE, response: handoverSourcesAnswer, handler: async () => ({ sources: await sources.list() }) }),
    route({
      method: 'post',
      path: '/handover-sources',
      summary: 'Add a 转办件 source: code, name, channel, HMAC secret, callback URL, category → service type mapping',
      access: MANAGE,
      body: createHandoverSourceBody,
      response: handoverSourceAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ source: await sources.create(body, actorOf(ctx)) }),
    }),
    route({
      method: 'put',
      path: '/handover-sources/:code',
      summary: 'Change a 转办件 source (the secret only when given)',
      access: MANAGE,
      body: updateHandoverSourceBody,
      response: handoverSourceAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ source: await sources.update(checkedParam(ctx, 'code', handoverSourceCode), body, actorOf(ctx)) }),
    }),
  ];
}
