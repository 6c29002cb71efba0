import { ACCESS, NEED_ACTIONS, periodicNeedAnswer, periodicNeedBody, periodicNeedListQuery, periodicNeedsAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, param, route, RouteSpec } from '../../http/route';
import { PeriodicNeeds } from './service';

export function periodicNeedRoutes(needs: PeriodicNeeds): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/periodic-needs',
      summary: 'An elder’s periodic needs (周期性需求) with their next service days and the orders they opened',
      access: ACCESS.periodicNeeds.read,
      query: periodicNeedListQuery,
      response: periodicNeedsAnswer,
      handler: async (ctx, _b, query) => ({ needs: await needs.ofElder(query.elderId, currentUser(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/periodic-needs',
      summary: 'Record a periodic need: household help that opens an order on each day of its schedule',
      access: ACCESS.periodicNeeds.manage,
      body: periodicNeedBody,
      response: periodicNeedAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ need: await needs.create(body, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/periodic-needs/:id/:action',
      summary: 'Pause, resume or end a periodic need (ending is for good); orders already opened stay',
      access: ACCESS.periodicNeeds.manage,
      response: periodicNeedAnswer,
      audit: 'service',
      handler: async (ctx) => ({ need: await needs.act(param(ctx, 'id'), checkedParam(ctx, 'action', z.enum(NEED_ACTIONS)), currentUser(ctx), authorOf(ctx)) }),
    }),
  ];
}
