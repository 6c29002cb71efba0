import { agentAnswer, callAnswer, currentPopAnswer, inboundCallAnswer, linkCallBody, popAnswer, popListAnswer, simulatedInboundAnswer, simulatorHangupBody, simulatorInboundBody, switchEventBody, transferBody } from '@careflow/contracts';
import { actorOf, currentUser, param, route, RouteSpec } from '../../../http/route';
import { OPERATORS } from '../operators';
import { callView } from '../views';
import { InboundService } from './service';

export const SWITCH_HEADER = 'x-careflow-switch';

/** `switchId:secret,switchId:secret` → a map (the config schema has checked the shape). */
export function switchSecrets(setting: string | undefined): Map<string, string> {
  const pairs = (setting ?? '').split(',').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)] as const);
  return new Map(pairs);
}

/**
 * `POST /api/telephony/events`: a switch reports calls, IVR keys, alarms and agent states. The body
 * is read only once the switch's signature over the raw bytes checks out; anything forged,
 * unsigned, stale or from an unknown switch is a 401 and changes nothing.
 */
export function inboundRoutes(inbound: InboundService, secrets: Map<string, string>): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/telephony/events',
      summary: 'Signed inbound events of a switch (X-CareFlow-Switch, HMAC-SHA256 with the switch’s secret): calls, IVR keys, alarms, agent states. 202 when handled; an event id sent again gets 200 with `ignored` and the first answer, or 503 while the first is still being handled (send it again)',
      access: 'public',
      audit: { none: 'signed machine events of a switch: kept as calls, pops and agent states; the cases they open are audited by the case service' },
      signed: {
        refusal: 'Event refused',
        secret: async (ctx) => {
          const switchId = ctx.get(SWITCH_HEADER);
          const secret = switchId ? secrets.get(switchId) : undefined;
          if (!switchId) return { refused: `missing ${SWITCH_HEADER}` };
          return secret ? { signer: switchId, secret } : { refused: `unknown switch ${switchId} (TELEPHONY_SWITCH_SECRETS)` };
        },
      },
      body: switchEventBody,
      handler: async (ctx, event) => {
        const result = await inbound.handle({ switchId: ctx.state.signedBy ?? '', ip: ctx.ip || null }, event);
        ctx.status = 'ignored' in result ? 200 : 202;
        return result;
      },
    }),
    route({ method: 'get', path: '/telephony/pops', summary: 'Screen pops offered to me or to nobody and not taken yet, newest first', access: OPERATORS, response: popListAnswer, handler: async (ctx) => ({ pops: await inbound.pops.mine(currentUser(ctx)) }) }),
    route({
      method: 'post',
      path: '/telephony/pops/:id/take',
      summary: 'Take a screen pop (409 when someone else has): I become busy, its ringing call is answered, an alarm’s first task is claimed for me',
      access: OPERATORS,
      response: popAnswer,
      handler: async (ctx) => ({ pop: await inbound.desk.take(param(ctx, 'id'), currentUser(ctx), actorOf(ctx)) }),
      audit: { action: 'pop.take', entity: 'screen_pop', summary: ({ result }) => ({ kind: result.pop.kind, callId: result.pop.callId, caseId: result.pop.caseId }) },
    }),
    route({
      method: 'get',
      path: '/telephony/pops/current',
      summary: 'The call or alarm I am on or wrapping up (its pop and call record), for a reloaded desk; nulls when none',
      access: OPERATORS,
      response: currentPopAnswer,
      handler: async (ctx) => inbound.desk.current(currentUser(ctx)),
    }),
    route({
      method: 'post',
      path: '/telephony/pops/:id/finish',
      summary: '处理完毕: done with the alarm (or ended call) I am on: 话后处理 follows (409 when I am not on it or its call still goes on)',
      access: OPERATORS,
      response: agentAnswer,
      handler: async (ctx) => {
        await inbound.pops.finish(param(ctx, 'id'), currentUser(ctx));
        return { agent: await inbound.agents.me(currentUser(ctx)) };
      },
      audit: { action: 'pop.finish', entity: 'screen_pop' },
    }),
    route({
      method: 'post',
      path: '/calls/:id/case',
      summary: '新建工单 from a call: the inbound call is logged on the case (its area, its pop, its call.ended entry); 409 when it is on another case',
      access: OPERATORS,
      body: linkCallBody,
      response: callAnswer,
      handler: async (ctx, body) => ({ call: await inbound.caseLink.link(param(ctx, 'id'), body.caseId, currentUser(ctx), actorOf(ctx)) }),
      audit: { action: 'call.link_case', entity: 'call', summary: ({ body }) => ({ caseId: body.caseId }) },
    }),
    route({
      method: 'post',
      path: '/telephony/calls/:id/transfer',
      summary: 'Transfer an inbound call to a group: offered to an idle member, else queued for them',
      access: OPERATORS,
      body: transferBody,
      response: popAnswer,
      handler: async (ctx, body) => ({ pop: await inbound.pops.transfer(param(ctx, 'id'), body.group, currentUser(ctx)) }),
      audit: { action: 'call.transfer', entity: 'call', summary: ({ body }) => ({ group: body.group }) },
    }),
  ];
}

/** The inbound simulator: a call or an alarm without a switch, through the same service. */
export function inboundSimulatorRoutes(inbound: InboundService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/telephony/simulator/inbound',
      summary: 'Simulator: a call rings the hotline (with an IVR key) or an alarm comes in',
      access: OPERATORS,
      body: simulatorInboundBody,
      response: simulatedInboundAnswer,
      handler: async (ctx, body) => {
        ctx.status = 202;
        return inbound.simulate(body);
      },
      audit: {
        action: 'simulator.inbound',
        entity: 'call',
        id: ({ result }) => ('callId' in result ? result.callId : null),
        summary: ({ body, result }) => ({ kind: body.kind, caseId: result.caseId ?? null }),
      },
    }),
    route({
      method: 'post',
      path: '/telephony/simulator/inbound/:callId/answer',
      summary: 'Simulator: I answer the ringing inbound call (接听)',
      access: OPERATORS,
      response: inboundCallAnswer,
      handler: async (ctx) => ({ call: callView((await inbound.simulateCall(param(ctx, 'callId'), { event: 'answered', agent: currentUser(ctx).username }, currentUser(ctx))).call, true) }),
      audit: { action: 'simulator.inbound_answer', entity: 'call', id: ({ ctx }) => param(ctx, 'callId') },
    }),
    route({
      method: 'post',
      path: '/telephony/simulator/inbound/:callId/hangup',
      summary: 'Simulator: the inbound call ends (挂断)',
      access: OPERATORS,
      body: simulatorHangupBody,
      response: inboundCallAnswer,
      handler: async (ctx, body) => ({ call: callView((await inbound.simulateCall(param(ctx, 'callId'), { event: 'ended', durationSec: body.durationSec }, currentUser(ctx))).call, true) }),
      audit: { action: 'simulator.inbound_hangup', entity: 'call', id: ({ ctx }) => param(ctx, 'callId') },
    }),
  ];
}
