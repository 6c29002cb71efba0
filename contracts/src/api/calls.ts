import { z } from 'zod';
import { dialKeys, dialNumber, httpUrl, timestamp } from '../wire';

export const CALL_MODES = ['click_to_call', 'robot'] as const;
export const CALL_STATUSES = ['ringing', 'answered', 'ended'] as const;
export const CALL_OUTCOMES = ['answered', 'confirmed', 'no_answer', 'busy', 'failed'] as const;
export const CALL_ADAPTERS = ['simulator', 'freeswitch', 'http'] as const;
export const callStatus = z.enum(CALL_STATUSES);
export const callOutcome = z.enum(CALL_OUTCOMES);
export type CallMode = (typeof CALL_MODES)[number];
export type CallStatus = z.infer<typeof callStatus>;
export type CallOutcome = z.infer<typeof callOutcome>;

/** One call record; phones are masked for the roles that see masked files. */
export const callView = z.object({
  id: z.string(),
  /** Idempotency key from the connector job: the same key is the same call. */
  key: z.string(),
  caseId: z.string().nullable(),
  direction: z.enum(['outbound', 'inbound']),
  /** `inbound` for a call that rang the hotline. */
  mode: z.enum([...CALL_MODES, 'inbound']),
  /** The agent's username on a click-to-call; the caller's number on an inbound call. */
  from: z.string().nullable(),
  to: z.string(),
  toName: z.string().nullable(),
  /** Text read out (TTS) on a robot call. */
  message: z.string().nullable(),
  confirmDigit: z.string().nullable(),
  status: callStatus,
  outcome: callOutcome.nullable(),
  digits: z.string().nullable(),
  hangupCause: z.string().nullable(),
  adapter: z.string(),
  startedAt: timestamp,
  answeredAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  durationSec: z.number().nullable(),
  recordingUrl: z.string().nullable(),
  /** Username of the agent who answered an inbound call. */
  agent: z.string().nullable().optional(),
  /** The linked case's number, in the call log (GET /api/calls). */
  caseNumber: z.string().nullable().optional(),
});
export type CallView = z.infer<typeof callView>;

export const callAnswer = z.object({ call: callView });
/** `total`: every call the filters match (the page holds `items`). */
export const callListAnswer = z.object({ items: z.array(callView), total: z.number().int() });

/** POST /api/calls: 201 with the new call, 200 with the stored one when its key was seen. */
export const placeCallAnswer = z.object({ call: callView, repeated: z.boolean() });

export const placeCallBody = z
  .strictObject({
    key: z.string().min(1).max(191).optional(),
    caseId: z.uuid().nullable().optional(),
    mode: z.enum(CALL_MODES),
    from: z.string().min(1).max(64).nullable().optional(),
    to: dialNumber,
    toName: z.string().max(64).nullable().optional(),
    message: z.string().min(1).max(500).nullable().optional(),
    confirmDigit: z.string().regex(/^[0-9*#]$/, 'one key: 0-9, * or #').nullable().optional(),
    adapter: z.enum(CALL_ADAPTERS).default('simulator'),
  })
  .refine((b) => b.mode !== 'robot' || !!b.message, { path: ['message'], message: 'a robot call needs the message it reads out' });

/** PATCH /api/calls/:id, what an adapter reports: the line was answered, keys were pressed, or the call ended. */
export const callEventBody = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('answered'), digits: dialKeys.optional() }),
  z.strictObject({ event: z.literal('digits'), digits: dialKeys }),
  z.strictObject({
    event: z.literal('ended'),
    outcome: callOutcome.optional(),
    hangupCause: z.string().regex(/^[A-Z_]{1,64}$/, 'a hangup cause like NORMAL_CLEARING').optional(),
    digits: dialKeys.optional(),
    recordingUrl: httpUrl.optional(),
  }),
]);

export const simulatorAnswerBody = z.strictObject({ digits: dialKeys.optional() });
export const simulatorDigitsBody = z.strictObject({ digits: dialKeys });

/** The directions and ways a call is carried, as the call log filters them. */
export const CALL_LOG_MODES = [...CALL_MODES, 'inbound'] as const;

/**
 * GET /api/calls, the call log (通话记录): by case, status (a comma list), number, agent, start time,
 * direction, mode, outcome and case number; newest first, paged. `limit` is the page size of older callers.
 */
export const callQuery = z.object({
  caseId: z.uuid().optional(),
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(callStatus).optional()),
  /** Any part of the caller's or callee's number; only its digits count ("0531-8800" finds 053188001234). */
  number: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((s) => s?.replace(/\D/g, '') || undefined)
    .pipe(z.string().max(20).optional()),
  /** The agent's username: who answered an inbound call or placed a click-to-call. */
  agent: z.string().trim().min(1).max(64).optional(),
  /** Started at or after / at or before. */
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  mode: z.enum(CALL_LOG_MODES).optional(),
  outcome: callOutcome.optional(),
  /** Any part of the linked case's number. */
  caseNumber: z.string().trim().min(1).max(32).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CallQuery = z.output<typeof callQuery>;

/** POST /api/calls/:id/case: the inbound call a case was opened from (新建工单 on a call's pop) is logged on it. */
export const linkCallBody = z.strictObject({ caseId: z.uuid() });
