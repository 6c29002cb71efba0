import { ACCESS, CARE_PLAN_ACTIONS, carePlanAnswer, carePlanBody, carePlanListQuery, carePlansAnswer, careRuleAnswer, careRuleBody, careRulesAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, param, route, RouteSpec } from '../../http/route';
import { CareRules } from './rules';
import { CarePlans } from './service';

export function careRoutes(plans: CarePlans, rules: CareRules): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/care-plans',
      summary: 'An elder’s care plans (关怀计划) with their next days and latest occurrences, each with its case and outcome',
      access: ACCESS.care.read,
      query: carePlanListQuery,
      response: carePlansAnswer,
      handler: async (ctx, _b, query) => ({ plans: await plans.ofElder(query.elderId, currentUser(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/care-plans',
      summary: 'Keep a care plan on an elder file: calls, greetings, reminders or visits that open a 主动关怀 case on each of its days',
      access: ACCESS.care.manage,
      body: carePlanBody,
      response: carePlanAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ plan: await plans.create(body, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/care-plans/:id/:action',
      summary: 'Pause, resume or end a care plan (ending is for good); pausing or ending cancels its case still running',
      access: ACCESS.care.manage,
      response: carePlanAnswer,
      audit: 'service',
      handler: async (ctx) => ({ plan: await plans.act(param(ctx, 'id'), checkedParam(ctx, 'action', z.enum(CARE_PLAN_ACTIONS)), currentUser(ctx), authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/care-rules',
      summary: 'The care rules (关怀规则) within the user’s area scope, each with how many standing plans it made',
      access: ACCESS.care.rules,
      response: careRulesAnswer,
      handler: async (ctx) => ({ rules: await rules.list(currentUser(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/care-rules',
      summary: 'Make a care rule: every active elder matching its filter gets its plan, now and whenever one comes to match',
      access: ACCESS.care.rules,
      body: careRuleBody,
      response: careRuleAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ rule: await rules.create(body, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({
      method: 'put',
      path: '/care-rules/:id',
      summary: 'Change a care rule; the plans it made that are not ended follow it',
      access: ACCESS.care.rules,
      body: careRuleBody,
      response: careRuleAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ rule: await rules.update(param(ctx, 'id'), body, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/care-rules/:id/deactivate',
      summary: 'Deactivate a care rule: it gives no more plans; those it made stand',
      access: ACCESS.care.rules,
      response: careRuleAnswer,
      audit: 'service',
      handler: async (ctx) => ({ rule: await rules.deactivate(param(ctx, 'id'), currentUser(ctx), authorOf(ctx)) }),
    }),
  ];
}
