import { ACCESS, caseCancellationTermsAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import { CancellationTermsReader } from './cancellation-terms';

const Id = z.string().min(1).max(36);

/** What canceling a case would cost, read by those who may cancel it. */
export function cancellationRoutes(terms: CancellationTermsReader): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/cases/:id/cancellation-terms',
      summary: 'What canceling the case now would cost: its open orders with their providers’ cancellation terms and fees (fen)',
      access: ACCESS.cases.supervise,
      response: caseCancellationTermsAnswer,
      handler: async (ctx) => terms.ofCase(checkedParam(ctx, 'id', Id), currentUser(ctx)),
    }),
  ];
}
