import { ACCESS, providerFeedbackAnswer, providerFeedbackBody, providerFeedbackListAnswer, providerFeedbackListQuery } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import { ProviderFeedbackService } from './service';

export function providerFeedbackRoutes(feedback: ProviderFeedbackService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/provider-feedback',
      summary: 'Record an evaluation (服务评价) of the provider that served an order, once per key; the provider’s rating becomes the mean of its latest evaluations',
      access: ACCESS.providers.rate,
      body: providerFeedbackBody,
      response: providerFeedbackAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const answer = await feedback.record(body, currentUser(ctx), authorOf(ctx));
        ctx.status = answer.repeated ? 200 : 201;
        return answer;
      },
    }),
    route({
      method: 'get',
      path: '/providers/:id/feedback',
      summary: 'A provider’s rating and its evaluations, newest first (the hotline; the provider’s own admin)',
      access: ACCESS.providers.feedback,
      query: providerFeedbackListQuery,
      response: providerFeedbackListAnswer,
      handler: async (ctx, _body, query) => {
        const { standing, rows, total } = await feedback.ofProvider(checkedParam(ctx, 'id', z.string().min(1).max(36)), currentUser(ctx), query);
        return { standing, feedback: rows, page: query.page, pageSize: query.pageSize, total };
      },
    }),
  ];
}
