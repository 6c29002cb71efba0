import { z } from 'zod';
import { timestamp } from '../wire';
import { agentStateView } from './agents';
import { callKpis } from './stats';

const count = z.number().int().min(0);

/** An inbound call a caller is waiting on: its pop is offered or queued and nobody has taken it. */
export const wallboardWaitingCall = z.object({
  popId: z.string(),
  /** When the call popped: the wait counts from here. */
  at: timestamp,
  status: z.enum(['offered', 'queued']),
  callerNumber: z.string().nullable(),
  /** The identified elder, when the number matched exactly one. */
  elderName: z.string().nullable(),
});

/**
 * An alarm open and unconfirmed: a pop nobody took that opened no case, or an alarm case whose first
 * step (确认警情 in the emergency process) nobody has completed yet. Repeats of one alarm are one row.
 */
export const wallboardAlarm = z.object({
  /** The case's id, or the pop's when the alarm opened no case. */
  key: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  /** The first press: the age counts from here. */
  at: timestamp,
  elderName: z.string().nullable(),
  /** Who took its pop and is on it (still unconfirmed); null while it waits for an agent. */
  takenBy: z.string().nullable(),
});

/** Open cases of one service type due within the near-due window, and past due. */
export const wallboardCaseType = z.object({
  serviceTypeKey: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  nearDue: count,
  overdue: count,
});

/** GET /api/wallboard: the duty wallboard (值班大屏) at `at`, within the user's area scope. */
export const wallboardAnswer = z.object({
  /** The server's clock: the page counts ages and time in state from it. */
  at: timestamp,
  /** Every agent with their state and since when; states are not limited by area. */
  agents: z.array(agentStateView),
  agentCounts: z.object({ idle: count, busy: count, after_call: count, break: count, signed_out: count }),
  calls: z.object({ waiting: count, oldestAt: timestamp.nullable(), list: z.array(wallboardWaitingCall) }),
  alarms: z.object({ open: count, oldestAt: timestamp.nullable(), list: z.array(wallboardAlarm) }),
  cases: z.object({
    /** WALLBOARD_NEAR_DUE_MINUTES: near due = open, due within this many minutes from `at`. */
    nearDueMinutes: count,
    nearDue: count,
    /** Open with their due time before `at`. */
    overdue: count,
    byType: z.array(wallboardCaseType),
  }),
  /** 未接来电 awaiting a callback. */
  missedCalls: z.object({ waiting: count, oldestAt: timestamp.nullable() }),
  /** Today's call KPIs so far (the bureau's day). */
  today: callKpis,
});
export type WallboardAnswer = z.output<typeof wallboardAnswer>;
export type WallboardAlarm = z.output<typeof wallboardAlarm>;
export type WallboardWaitingCall = z.output<typeof wallboardWaitingCall>;
