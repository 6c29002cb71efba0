import { z } from 'zod';
import { CALL_ADAPTERS, callView } from './calls';
import { timestamp } from '../wire';

/** abandoned: the caller hung up while queued (no agent was offered it); missed: it rang at an agent who did not take it. */
export const MISSED_CALL_KINDS = ['abandoned', 'missed'] as const;
export const MISSED_CALL_STATUSES = ['open', 'cleared'] as const;
/** 已回拨接通 · 无人接听 · 号码错误 · 无需回拨: all but no_answer clear the call from the list. */
export const MISSED_CALL_OUTCOMES = ['reached', 'no_answer', 'wrong_number', 'not_needed'] as const;
export type MissedCallKind = (typeof MISSED_CALL_KINDS)[number];
export type MissedCallStatus = (typeof MISSED_CALL_STATUSES)[number];
export type MissedCallOutcome = (typeof MISSED_CALL_OUTCOMES)[number];

/** 未接来电: an inbound call that ended unanswered, awaiting a callback. Its id is the call's. */
export const missedCallView = z.object({
  id: z.string(),
  /** Masked for the roles that see masked files. */
  callerNumber: z.string().nullable(),
  /** The elder the number identified, when it named exactly one. */
  elderName: z.string().nullable(),
  /** When the call rang. */
  at: timestamp,
  waitedSec: z.number().int(),
  kind: z.enum(MISSED_CALL_KINDS),
  status: z.enum(MISSED_CALL_STATUSES),
  /** Callback outcomes recorded so far. */
  tries: z.number().int(),
  callbackCallId: z.string().nullable(),
  outcome: z.enum(MISSED_CALL_OUTCOMES).nullable(),
  note: z.string().nullable(),
  clearedBy: z.string().nullable(),
  clearedAt: timestamp.nullable(),
});
export type MissedCallView = z.infer<typeof missedCallView>;

/** GET /api/calls/missed: open ones by default, oldest first. */
export const missedCallQuery = z.object({
  status: z.enum([...MISSED_CALL_STATUSES, 'all']).default('open'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const missedCallListAnswer = z.object({ items: z.array(missedCallView), total: z.number().int() });
export const missedCallAnswer = z.object({ missed: missedCallView });

/** POST /api/calls/missed/:id/callback: a click-to-call to the caller on the agent's phone (the simulator by default). */
export const missedCallbackBody = z.strictObject({ adapter: z.enum(CALL_ADAPTERS).default('simulator') });
export const missedCallbackAnswer = z.object({ missed: missedCallView, call: callView });

/** POST /api/calls/missed/:id/outcome */
export const missedOutcomeBody = z.strictObject({
  outcome: z.enum(MISSED_CALL_OUTCOMES),
  note: z.string().trim().max(500).optional(),
});
