import { z } from 'zod';
import { calendarDate } from '../wire';

/**
 * The hotline's call KPIs over a period (GB/T 33358-2016), as /reports/definitions states them.
 * Inbound calls fall in exactly one of answered, abandoned (the caller hung up while waiting in the
 * queue) and missed (the caller hung up while it rang at an agent); calls still ringing are in none.
 * Rates and averages are null when their denominator is 0.
 */
export const callKpis = z.object({
  offered: z.number().int(),
  answered: z.number().int(),
  answeredWithin15s: z.number().int(),
  abandoned: z.number().int(),
  missed: z.number().int(),
  /** answered / offered */
  connectRate: z.number().nullable(),
  /** answeredWithin15s / offered (15秒接通率, as the glossary and GB/T 33358-2016 state it) */
  within15sRate: z.number().nullable(),
  /** Mean wait of the abandoned and missed calls before the caller hung up, seconds. */
  abandonWaitSec: z.number().nullable(),
  /** Average speed of answer: mean wait of the answered calls, seconds. */
  asaSec: z.number().nullable(),
  /** Average handle time: (talk + after-call work) / answered, seconds. */
  ahtSec: z.number().nullable(),
  /** Mean after-call work (话后处理) per wrap-up, seconds. */
  afterCallSec: z.number().nullable(),
  /** Agents' click-to-call calls placed and connected. */
  outboundPlaced: z.number().int(),
  outboundConnected: z.number().int(),
  /** Robot calls placed and connected (answered or confirmed). */
  robotPlaced: z.number().int(),
  robotConnected: z.number().int(),
});
export type CallKpis = z.infer<typeof callKpis>;

export const CALL_REPORT_GROUPS = ['day', 'hour', 'agent', 'area'] as const;

/** GET /api/reports/calls: a period of days (inclusive, the bureau's time zone), optional filters. */
export const callReportQuery = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    /** Within this area and below; the user's own area scope applies anyway. */
    areaCode: z.string().min(1).max(32).optional(),
    agent: z.string().min(1).max(64).optional(),
    groupBy: z.enum(CALL_REPORT_GROUPS).default('day'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type CallReportQuery = z.output<typeof callReportQuery>;

export const callReportRow = callKpis.extend({ key: z.string(), label: z.string() });
export type CallReportRow = z.infer<typeof callReportRow>;

export const callReportAnswer = z.object({
  total: callKpis,
  rows: z.array(callReportRow),
  /** Inbound calls by hour of day over the period (0–23), for peak planning. */
  byHourOfDay: z.array(z.object({ hour: z.number().int(), offered: z.number().int(), answered: z.number().int(), abandoned: z.number().int(), missed: z.number().int() })),
});
export type CallReportAnswer = z.infer<typeof callReportAnswer>;
