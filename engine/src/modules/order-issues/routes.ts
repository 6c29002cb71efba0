import { ORDER_ISSUE_REPORTERS, orderIssueAnswer, orderIssueBody, orderIssueListAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { OrderIssues } from './service';

const READERS = [...ORDER_ISSUE_REPORTERS, 'agent', 'supervisor', 'admin', 'auditor'] as const;

export function orderIssueRoutes(issues: OrderIssues): RouteSpec[] {
  const id = (ctx: RouteContext) => checkedParam(ctx, 'id', z.string().min(1).max(36));
  return [
    route({
      method: 'post',
      path: '/dispatches/:id/issue',
      summary: 'The provider’s worker reports on an order: the elder is not home, or more work is needed (extra items for the hotline to quote and confirm)',
      access: ORDER_ISSUE_REPORTERS,
      body: orderIssueBody,
      response: orderIssueAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const reported = await issues.report(id(ctx), body, currentUser(ctx), authorOf(ctx));
        ctx.status = reported.repeated ? 200 : 201;
        return reported;
      },
    }),
    route({ method: 'get', path: '/dispatches/:id/issues', summary: 'An order’s reports from its provider, oldest first', access: READERS, response: orderIssueListAnswer, handler: async (ctx) => ({ issues: await issues.ofOrder(id(ctx), currentUser(ctx)) }) }),
  ];
}
