import type { ConnectorContext } from '../../runtime/context';

export type CallOutcome = 'answered' | 'confirmed' | 'no_answer' | 'busy' | 'failed';

/** The call connector's input, as validated. */
export interface CallInput {
  mode: 'click_to_call' | 'robot';
  to: string;
  toName?: string;
  agent?: string;
  message?: string;
  confirmDigit: string;
  ringTimeoutSeconds: number;
}

/** What the worker asks an adapter to place. */
export interface CallRequest extends CallInput {
  /** Idempotency key of the engine's call record: the same on every retry of the job. */
  key: string;
  caseId: string | null;
}

/** The engine's call record as adapters read it. */
export interface CallRecord {
  id: string;
  status: 'ringing' | 'answered' | 'ended';
  outcome: CallOutcome | null;
  digits: string | null;
  hangupCause: string | null;
  startedAt: string;
}

/** How the call went, once it is known. */
export interface SettledCall {
  id: string;
  outcome: CallOutcome;
  digits: string | null;
  hangupCause: string | null;
}

/**
 * One way of carrying calls. `place` runs inside `ctx.once` (once per job); `settle` may run again
 * on a retried job and must pick up the call where it is.
 */
export interface CallAdapter {
  readonly name: 'simulator' | 'freeswitch' | 'http';
  place(request: CallRequest, ctx: ConnectorContext): Promise<{ id: string }>;
  settle(call: { id: string }, request: CallRequest, ctx: ConnectorContext): Promise<SettledCall>;
}
