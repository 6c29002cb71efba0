import type { ConnectorContext } from '../../runtime/context';
import { EngineRequestError } from '../../runtime/engine-client';
import type { CallAdapter, CallRecord, CallRequest, SettledCall } from './types';

const POLL_MS = 500;

/** Creates the engine's call record (the same key gives the same record back). */
export async function createCallRecord(request: CallRequest, adapter: CallAdapter['name'], ctx: ConnectorContext): Promise<CallRecord> {
  const body = {
    key: request.key,
    caseId: request.caseId,
    mode: request.mode,
    from: request.mode === 'click_to_call' ? (request.agent ?? null) : null,
    to: request.to,
    toName: request.toName ?? null,
    message: request.message ?? null,
    confirmDigit: request.mode === 'robot' ? request.confirmDigit : null,
    adapter,
  };
  return (await ctx.engine.post<{ call: CallRecord }>('/api/calls', body)).call;
}

export const readCall = async (id: string, ctx: ConnectorContext) => (await ctx.engine.get<{ call: CallRecord }>(`/api/calls/${id}`)).call;

/** The outcome is known: a click-to-call once answered, a robot call once it ended. */
export function settled(call: CallRecord): SettledCall | undefined {
  if (call.outcome === null) return undefined;
  return { id: call.id, outcome: call.outcome, digits: call.digits, hangupCause: call.hangupCause };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('The job timed out while the call was going on'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('The job timed out while the call was going on'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Follows the engine's record until the outcome is known. A call still ringing after the ring
 * timeout (counted from when it started, so a retried job does not start the clock again) is
 * ended as no answer. Used by the simulator and http adapters, whose progress reaches the engine.
 */
export async function followCallRecord(id: string, request: CallRequest, ctx: ConnectorContext): Promise<SettledCall> {
  for (;;) {
    const call = await readCall(id, ctx);
    const done = settled(call);
    if (done) return done;
    if (call.status === 'ringing' && Date.now() - Date.parse(call.startedAt) >= request.ringTimeoutSeconds * 1000) {
      try {
        const ended = await ctx.engine.patch<{ call: CallRecord }>(`/api/calls/${id}`, { event: 'ended', outcome: 'no_answer', hangupCause: 'NO_ANSWER' });
        return settled(ended.call)!;
      } catch (error) {
        // Answered or ended at the last moment: read it again.
        if (!(error instanceof EngineRequestError && error.status === 409)) throw error;
        continue;
      }
    }
    await sleep(POLL_MS, ctx.signal);
  }
}
