import {
  ACCESS,
  adjustmentAnswer,
  adjustmentBody,
  billingMonth,
  billingMonthAnswer,
  billingMonthsAnswer,
  chargeAnswer,
  chargeBody,
  chargeLinesAnswer,
  chargeListQuery,
  quoteAnswer,
  quoteBody,
  statementAnswer,
  statementQuery,
  subsidyRulesAnswer,
  subsidyRulesBody,
} from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import { Adjustments } from './adjustments';
import { Charges } from './charges';
import { BillingMonths } from './months';
import { Quotes } from './quotes';
import { SubsidyRules } from './rules-service';
import { Statements } from './statements';

export interface BillingServices {
  rules: SubsidyRules;
  quotes: Quotes;
  charges: Charges;
  adjustments: Adjustments;
  months: BillingMonths;
  statements: Statements;
}

export function billingRoutes(s: BillingServices): RouteSpec[] {
  return [
    route({ method: 'get', path: '/billing/subsidy-rules', summary: 'Subsidy rules (补贴规则) by category and item, and the monthly caps', access: ACCESS.billing.read, response: subsidyRulesAnswer, handler: () => s.rules.all() }),
    route({
      method: 'put',
      path: '/billing/subsidy-rules',
      summary: 'Replace the whole set of subsidy rules and monthly caps at once',
      access: ACCESS.billing.manage,
      body: subsidyRulesBody,
      response: subsidyRulesAnswer,
      audit: 'service',
      handler: (ctx, body) => s.rules.replace(body, authorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/billing/quotes',
      summary: 'Quote (报价) household help for an elder: amount, subsidy and the elder’s share per item; nothing is stored',
      access: ['admin', 'supervisor', 'agent', 'connector'],
      body: quoteBody,
      response: quoteAnswer,
      audit: { none: 'a quote is a calculation; nothing is stored' },
      handler: async (ctx, body) => ({ quote: await s.quotes.quote(body, currentUser(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/billing/charges',
      summary: 'Charge (收费) the services done for an elder, once per key, in the month served or the next open one',
      access: ['connector', 'supervisor', 'admin'],
      body: chargeBody,
      response: chargeAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const answer = await s.charges.create(body, currentUser(ctx), authorOf(ctx));
        ctx.status = answer.repeated ? 200 : 201;
        return answer;
      },
    }),
    route({ method: 'get', path: '/billing/charges', summary: 'The charge lines of a case', access: ACCESS.billing.read, query: chargeListQuery, response: chargeLinesAnswer, handler: async (ctx, _b, query) => ({ lines: await s.charges.ofCase(query.caseId, currentUser(ctx)) }) }),
    route({
      method: 'post',
      path: '/billing/adjustments',
      summary: 'Adjust (调整) a charged line: a line of its own, in an open month, with the reason',
      access: ['admin', 'supervisor'],
      body: adjustmentBody,
      response: adjustmentAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ line: await s.adjustments.adjust(body, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/billing/months', summary: 'The closed billing months (月结)', access: ACCESS.billing.read, response: billingMonthsAnswer, handler: async () => ({ months: await s.months.list() }) }),
    route({
      method: 'post',
      path: '/billing/months/:month/close',
      summary: 'Close a billing month (月结): it takes no new lines after',
      access: ACCESS.billing.manage,
      response: billingMonthAnswer,
      audit: 'service',
      handler: async (ctx) => ({ month: await s.months.close(checkedParam(ctx, 'month', billingMonth), authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/billing/statements/:elderId',
      summary: 'An elder’s statement (收费清单) of one month; a provider’s users see only their provider’s lines',
      access: [...ACCESS.billing.read, 'provider_admin', 'provider_staff'],
      query: statementQuery,
      response: statementAnswer,
      handler: async (ctx, _b, query) => ({ statement: await s.statements.of(checkedParam(ctx, 'elderId', z.string().min(1).max(36)), query.month, currentUser(ctx)) }),
    }),
  ];
}
