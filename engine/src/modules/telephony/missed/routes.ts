import { maskPhone, missedCallAnswer, missedCallbackAnswer, missedCallbackBody, missedCallListAnswer, missedCallQuery, missedOutcomeBody } from '@careflow/contracts';
import { currentUser, param, route, RouteSpec } from '../../../http/route';
import { OPERATORS } from '../operators';
import { MissedCalls } from './service';

/** 未接来电: listed oldest first, called back, settled by the callback's outcome. Mounted before `/calls/:id`. */
export function missedCallRoutes(missed: MissedCalls): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/calls/missed',
      summary: '未接来电: inbound calls that ended unanswered (open ones by default), oldest first, in my area scope',
      access: OPERATORS,
      query: missedCallQuery,
      response: missedCallListAnswer,
      handler: async (ctx, _body, query) => missed.list(query, currentUser(ctx)),
    }),
    route({
      method: 'post',
      path: '/calls/missed/:id/callback',
      summary: '回拨: a click-to-call to the caller (my softphone or the simulator rings); pressed again before an outcome, the same call',
      access: OPERATORS,
      body: missedCallbackBody,
      response: missedCallbackAnswer,
      handler: async (ctx, body) => missed.callback(param(ctx, 'id'), body.adapter, currentUser(ctx)),
      audit: { action: 'missed_call.callback', entity: 'call', summary: ({ result }) => ({ callbackCallId: result.call.id, to: maskPhone(result.call.to) }) },
    }),
    route({
      method: 'post',
      path: '/calls/missed/:id/outcome',
      summary: 'The callback’s outcome: reached, wrong_number or not_needed clear it from the list; no_answer keeps it open (a try counted)',
      access: OPERATORS,
      body: missedOutcomeBody,
      response: missedCallAnswer,
      handler: async (ctx, body) => ({ missed: await missed.outcome(param(ctx, 'id'), body, currentUser(ctx)) }),
      audit: { action: 'missed_call.outcome', entity: 'call', summary: ({ body, result }) => ({ outcome: body.outcome, status: result.missed.status, tries: result.missed.tries }) },
    }),
  ];
}
