import { z } from 'zod';
import { timestamp } from '../wire';

/**
 * 预警: what a rule watches.
 * - answer_rate: the share of inbound calls answered by an agent among those that started in the
 *   last `minutes` and have ended, once at least `minCalls` have; crossed below `threshold` (%).
 * - unconfirmed_alarms: alarm cases open for over `minutes` with no step done yet (确认警情);
 *   crossed above `threshold` (a count).
 * - overdue_cases: open cases past their due time; crossed above `threshold` (a count).
 * The alarm and case rules watch the whole bureau or one area (and below).
 */
export const ALERT_KINDS = ['answer_rate', 'unconfirmed_alarms', 'overdue_cases'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What a rule left unset means: the engine stores these, and the form starts from them. */
export const ALERT_DEFAULTS = { windowMinutes: 60, minCalls: 10, alarmAgeMinutes: 2 } as const;

export const alertRuleInput = z
  .strictObject({
    kind: z.enum(ALERT_KINDS),
    name: z.string().trim().min(1).max(60),
    /** answer_rate: a percentage (1–100); the others: a count (0–10000). */
    threshold: z.number().min(0).max(10000),
    /** answer_rate: the window (15–1440 minutes, default 60); unconfirmed_alarms: the age (1–1440, default 2); overdue_cases: none. */
    minutes: z.number().int().min(1).max(1440).nullish(),
    /** answer_rate: the fewest ended calls in the window to judge by (default 10). */
    minCalls: z.number().int().min(1).max(10000).nullish(),
    /** unconfirmed_alarms, overdue_cases: the area watched (and below); none: the whole bureau. */
    areaCode: z.string().min(1).max(32).nullish(),
    active: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const minutes = r.minutes ?? null;
    const minCalls = r.minCalls ?? null;
    if (r.kind === 'answer_rate') {
      if (r.threshold < 1 || r.threshold > 100) problem('threshold', 'an answer rate is a percentage from 1 to 100');
      if (minutes !== null && minutes < 15) problem('minutes', 'the window is at least 15 minutes');
      if (r.areaCode) problem('areaCode', 'the answer rate is the whole hotline’s');
    } else {
      if (!Number.isInteger(r.threshold)) problem('threshold', 'a count is a whole number');
      if (minCalls !== null) problem('minCalls', 'only an answer-rate rule counts calls');
    }
    if (r.kind === 'overdue_cases' && minutes !== null) problem('minutes', 'an overdue case is overdue at once');
  });
export type AlertRuleInput = z.output<typeof alertRuleInput>;

export const alertRule = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  name: z.string(),
  threshold: z.number(),
  /** As stored, defaults applied: the window or age in minutes; null for overdue_cases. */
  minutes: z.number().int().nullable(),
  minCalls: z.number().int().nullable(),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  active: z.boolean(),
  /** Since when the threshold has been crossed; null while within it. */
  crossedSince: timestamp.nullable(),
  /** The figure at the last check (a percentage or a count); null before the first, or too few calls to judge. */
  lastValue: z.number().nullable(),
  lastCheckedAt: timestamp.nullable(),
  updatedAt: timestamp,
});
export type AlertRule = z.infer<typeof alertRule>;

/** One crossing: from when the figure crossed the threshold to when it came back (null: still crossed). */
export const alertCrossing = z.object({
  id: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  kind: z.enum(ALERT_KINDS),
  startedAt: timestamp,
  endedAt: timestamp.nullable(),
  /** The figure when it crossed. */
  value: z.number(),
  threshold: z.number(),
  /** The supervisors told in-app, and how many of them by SMS. */
  notified: z.number().int(),
  texted: z.number().int(),
});
export type AlertCrossing = z.infer<typeof alertCrossing>;

export const alertRulesAnswer = z.object({ rules: z.array(alertRule), crossings: z.array(alertCrossing) });
export type AlertRulesAnswer = z.infer<typeof alertRulesAnswer>;
