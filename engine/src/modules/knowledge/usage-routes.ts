import { ACCESS, caseKnowledgeAnswer, knowledgeRatingAnswer, knowledgeRatingBody, knowledgeSmsAnswer, knowledgeSmsBody, knowledgeStatsAnswer, knowledgeStatsQuery, knowledgeUseAnswer, knowledgeUseBody } from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { KnowledgeSms } from './knowledge-sms';
import { KnowledgeUsage } from './usage';

const id = (ctx: RouteContext) => checkedParam(ctx, 'id', z.string().min(1).max(36));
const ANSWERERS = ['admin', 'supervisor', 'agent'] as const;
const CASE_READERS = ['admin', 'supervisor', 'agent', 'auditor'] as const;

export function knowledgeUsageRoutes(usage: KnowledgeUsage, sms: KnowledgeSms): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/cases/:id/knowledge',
      summary: 'Record that the agent answered from a published article on this case (once per article; on the timeline)',
      access: ANSWERERS,
      body: knowledgeUseBody,
      response: knowledgeUseAnswer,
      audit: { action: 'knowledge.use', entity: 'case', summary: ({ result }) => ({ articleId: result.use.articleId, version: result.use.version }) },
      handler: async (ctx, body) => {
        const answer = await usage.use(id(ctx), body.articleId, currentUser(ctx));
        ctx.status = answer.repeated ? 200 : 201;
        return answer;
      },
    }),
    route({
      method: 'post',
      path: '/cases/:id/knowledge/sms',
      summary: 'Text a published article’s short answer to the caller through the SMS outbox and record the use (the same article to the same phone again sends nothing)',
      access: ANSWERERS,
      body: knowledgeSmsBody,
      response: knowledgeSmsAnswer,
      audit: { action: 'knowledge.sms', entity: 'case', summary: ({ result }) => ({ articleId: result.use.articleId, version: result.use.version, messageId: result.message.id, recipient: result.message.recipient, repeated: result.repeated }) },
      handler: async (ctx, body) => {
        const answer = await sms.send(id(ctx), body.articleId, body.phone, currentUser(ctx));
        ctx.status = answer.repeated ? 200 : 201;
        return answer;
      },
    }),
    route({ method: 'get', path: '/cases/:id/knowledge', summary: 'The articles answered from on a case, in order', access: CASE_READERS, response: caseKnowledgeAnswer, handler: async (ctx) => ({ uses: await usage.ofCase(id(ctx), currentUser(ctx)) }) }),
    route({
      method: 'post',
      path: '/knowledge/articles/:id/rating',
      summary: 'Mark an article useful or not (once per agent and case; a second answer replaces the first)',
      access: ANSWERERS,
      body: knowledgeRatingBody,
      response: knowledgeRatingAnswer,
      audit: { none: 'a reader’s opinion, counted on the article' },
      handler: (ctx, body) => usage.rate(id(ctx), body.useful, body.caseId, currentUser(ctx)),
    }),
    route({ method: 'get', path: '/knowledge/stats', summary: 'The month’s most used articles with their useful / not useful counts', access: [...new Set([...ACCESS.knowledge.write, ...ACCESS.knowledge.review])], query: knowledgeStatsQuery, response: knowledgeStatsAnswer, handler: (_ctx, _b, q) => usage.stats(q.month) }),
  ];
}
