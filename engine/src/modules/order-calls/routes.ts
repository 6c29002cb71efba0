import { ORDER_CALLERS, orderCallAnswer, orderCallBody } from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import { OrderCalls } from './service';

export function orderCallRoutes(orderCalls: OrderCalls): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/dispatches/:id/call',
      summary: 'The provider’s user calls the order’s elder through the hotline: their own phone rings first, then the elder (whose number stays hidden)',
      access: ORDER_CALLERS,
      body: orderCallBody,
      response: orderCallAnswer,
      created: true,
      // The answer's numbers are masked already (the caller is a provider's user).
      audit: { action: 'order.call', entity: 'dispatch', summary: ({ result }) => ({ callId: result.call.id, caseId: result.call.caseId, callback: result.callback, to: result.call.to }) },
      handler: async (ctx) => orderCalls.call(checkedParam(ctx, 'id', z.string().min(1).max(36)), currentUser(ctx)),
    }),
  ];
}
