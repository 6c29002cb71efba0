import { ACCESS, callAnswer, callEventBody, callListAnswer, callQuery, maskPhone, placeCallAnswer, placeCallBody, simulatorAnswerBody, simulatorDigitsBody } from '@careflow/contracts';
import { currentUser, param, route, RouteSpec } from '../../http/route';
import { OPERATORS } from './operators';
import { CallService } from './service';

const PLACERS = ['connector', ...ACCESS.calls.place] as const;
const READERS = ['connector', ...ACCESS.calls.read] as const;

export function callRoutes(calls: CallService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/calls',
      summary: 'Place a call record (idempotent by key: the same key gives back the stored call)',
      access: PLACERS,
      body: placeCallBody,
      response: placeCallAnswer,
      handler: async (ctx, body) => {
        const placed = await calls.place(body, currentUser(ctx));
        ctx.status = placed.repeated ? 200 : 201;
        return placed;
      },
      audit: {
        action: 'call.place',
        entity: 'call',
        summary: ({ body, result }) => ({ mode: body.mode, to: maskPhone(body.to), caseId: body.caseId ?? null, adapter: body.adapter, repeated: result.repeated }),
      },
    }),
    route({ method: 'get', path: '/calls', summary: 'Calls by case and status, newest first (phones masked per role)', access: READERS, query: callQuery, response: callListAnswer, handler: async (ctx, _body, query) => calls.list(query, currentUser(ctx)) }),
    route({ method: 'get', path: '/calls/:id', summary: 'One call', access: READERS, response: callAnswer, handler: async (ctx) => ({ call: await calls.get(param(ctx, 'id'), currentUser(ctx)) }) }),
    route({
      method: 'patch',
      path: '/calls/:id',
      summary: 'An adapter reports progress: answered, keys pressed, ended with outcome and hangup cause',
      access: ['connector'],
      body: callEventBody,
      response: callAnswer,
      audit: { none: 'an adapter reports how a call goes; the call record keeps it' },
      handler: async (ctx, body) => ({ call: await calls.report(param(ctx, 'id'), body, currentUser(ctx)) }),
    }),
  ];
}

/** A person standing in for the callee changes a call record: audited like any write of theirs. */
const SIMULATED = (event: string) => ({ action: 'simulator.call', entity: 'call', summary: () => ({ event }) });

/** The call simulator that tests, demos and the softphone panel drive. */
export function simulatorRoutes(calls: CallService): RouteSpec[] {
  const action = (path: string, summary: string, change: () => Parameters<CallService['simulate']>[1]) =>
    route({ method: 'post', path: `/telephony/simulator/calls/:id/${path}`, summary, access: OPERATORS, response: callAnswer, handler: async (ctx) => ({ call: await calls.simulate(param(ctx, 'id'), change(), currentUser(ctx)) }), audit: SIMULATED(path) });
  return [
    route({
      method: 'post',
      path: '/telephony/simulator/calls/:id/answer',
      summary: 'Simulator: the callee answers (a robot call with digits ends with them)',
      access: OPERATORS,
      body: simulatorAnswerBody,
      response: callAnswer,
      handler: async (ctx, body) => ({ call: await calls.simulate(param(ctx, 'id'), { event: 'answered', digits: body.digits }, currentUser(ctx)) }),
      audit: SIMULATED('answer'),
    }),
    route({
      method: 'post',
      path: '/telephony/simulator/calls/:id/digits',
      summary: 'Simulator: the callee presses keys',
      access: OPERATORS,
      body: simulatorDigitsBody,
      response: callAnswer,
      handler: async (ctx, body) => ({ call: await calls.simulate(param(ctx, 'id'), { event: 'digits', digits: body.digits }, currentUser(ctx)) }),
      audit: SIMULATED('digits'),
    }),
    action('busy', 'Simulator: the line is busy', () => ({ event: 'ended', outcome: 'busy', hangupCause: 'USER_BUSY' })),
    action('no-answer', 'Simulator: nobody answers', () => ({ event: 'ended', outcome: 'no_answer', hangupCause: 'NO_ANSWER' })),
    action('hangup', 'Simulator: hang up (a ringing call is cancelled as no answer)', () => ({ event: 'ended' })),
  ];
}
