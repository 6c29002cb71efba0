import type { ConnectorContext } from '../runtime/context';
import { ConnectorBpmnError } from '../runtime/errors';
import type { CallAdapter, CallInput, CallRequest } from './adapters/types';

export type { CallInput };

export interface CallOutput extends Record<string, unknown> {
  call: { id: string; outcome: 'answered' | 'confirmed'; digits: string | null };
}

/** 138****8000: the timeline names whom we called without the whole number. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/**
 * Places one call and waits for how it went. The call is placed once per job (`ctx.once`): a
 * retried job follows the call it already placed. Not reached (no answer, busy, failed) is the
 * BPMN error CALL_NO_ANSWER so the process can branch; its message is the outcome, and the variable
 * `call` (id, outcome, hangup cause) is set where the error is caught.
 */
export async function runCall(input: CallInput, ctx: ConnectorContext, adapter: CallAdapter): Promise<CallOutput> {
  const request: CallRequest = { ...input, key: `${ctx.job.idempotencyKey}/call:${input.to}`, caseId: ctx.caseId };
  const placed = await ctx.once(`call:${input.to}`, () => adapter.place(request, ctx));
  const result = await adapter.settle(placed, request, ctx);
  ctx.note({
    what: `call.${result.outcome}`,
    to: [input.toName ? `${input.toName} ${maskPhone(input.to)}` : maskPhone(input.to)],
    result: result.outcome,
    detail: { callId: result.id, mode: input.mode, adapter: adapter.name, digits: result.digits, hangupCause: result.hangupCause },
  });
  if (result.outcome !== 'answered' && result.outcome !== 'confirmed') {
    const message = result.outcome === 'failed' ? `failed (${result.hangupCause ?? 'unknown cause'})` : result.outcome;
    throw new ConnectorBpmnError('CALL_NO_ANSWER', message, { call: { id: result.id, outcome: result.outcome, hangupCause: result.hangupCause ?? null } });
  }
  return { call: { id: result.id, outcome: result.outcome, digits: result.digits } };
}
