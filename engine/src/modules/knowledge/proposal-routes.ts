import { knowledgeProposalAnswer, knowledgeProposalBody } from '@careflow/contracts';
import { authorOf, currentUser, route, RouteSpec } from '../../http/route';
import { KnowledgeProposals } from './proposals';

export function knowledgeProposalRoutes(proposals: KnowledgeProposals): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/knowledge/proposals',
      summary: '建议新增知识: a case’s question and answer become a draft for the authors (once per key; the authors are told in-app)',
      access: ['connector', 'admin'],
      body: knowledgeProposalBody,
      response: knowledgeProposalAnswer,
      audit: { none: 'the draft it creates is audited as knowledge.create' },
      handler: async (ctx, body) => {
        const answer = await proposals.propose(body, currentUser(ctx), authorOf(ctx));
        ctx.status = answer.repeated ? 200 : 201;
        return answer;
      },
    }),
  ];
}
