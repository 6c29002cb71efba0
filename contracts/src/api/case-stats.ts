import { z } from 'zod';
import { calendarDate } from '../wire';
import { SATISFACTION } from './cases';
import { CHANNELS } from './service-types';


/**
 * The case KPIs over a period (工单统计), as /reports/definitions states them. Opened counts on the
 * local day a case opened; closed, canceled and the figures of closed cases on the day it ended;
 * 催办 and 督办 on the day raised. Rates and averages are null when their denominator is 0.
 */
export const caseKpis = z.object({
  opened: z.number().int(),
  closed: z.number().int(),
  canceled: z.number().int(),
  /** closed on or before their due time / closed cases that had a due time */
  onTimeRate: z.number().nullable(),
  /** closed cases opened by call (channel phone) that their process marked resolved on that call / closed cases opened by call (the glossary's 一次办结率) */
  fcrRate: z.number().nullable(),
  /** closed cases redone at least once / closed cases */
  redoRate: z.number().nullable(),
  /** closed cases opened by SMS or web whose first task was completed within 3 minutes of opening / closed cases opened by SMS or web (GB/T 33358-2016) */
  replyRate: z.number().nullable(),
  /**
   * closed cases opened by a mailbox letter (信箱) whose first task was completed within 24 hours of
   * opening / closed cases opened by mailbox (GB/T 33358-2016). Absent from monthly reports made
   * before it was counted.
   */
  mailboxRate: z.number().nullable().optional(),
  /** Mean time from opening to closing of the closed cases, hours. */
  avgDurationHours: z.number().nullable(),
  /** 90th percentile of that time, hours, exact to 10 %. */
  p90DurationHours: z.number().nullable(),
  urged: z.number().int(),
  supervised: z.number().int(),
  /** Closed cases by the satisfaction their return visit recorded. */
  satisfaction: z.object(Object.fromEntries(SATISFACTION.map((s) => [s, z.number().int()])) as Record<(typeof SATISFACTION)[number], z.ZodNumber>),
});
export type CaseKpis = z.infer<typeof caseKpis>;

export const CASE_REPORT_GROUPS = ['type', 'channel', 'area', 'day', 'agent'] as const;
export type CaseReportGroup = (typeof CASE_REPORT_GROUPS)[number];

/** GET /api/reports/cases: a period of local days (inclusive), optional filters. */
export const caseReportQuery = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    /** Within this area and below; the user's own area scope applies anyway. */
    areaCode: z.string().min(1).max(32).optional(),
    serviceType: z.string().min(1).max(64).optional(),
    channel: z.enum(CHANNELS).optional(),
    /** An agent's username: the cases they opened (受理坐席). */
    agent: z.string().min(1).max(64).optional(),
    groupBy: z.enum(CASE_REPORT_GROUPS).default('type'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type CaseReportQuery = z.output<typeof caseReportQuery>;

export const caseReportRow = caseKpis.extend({ key: z.string(), label: z.string() });
export type CaseReportRow = z.infer<typeof caseReportRow>;

/** Age bands of the open cases (days since opened): <1, 1–3, 3–7, 7–15, >15. */
export const BACKLOG_BANDS = ['under1d', 'd1to3', 'd3to7', 'd7to15', 'over15d'] as const;
export type BacklogBand = (typeof BACKLOG_BANDS)[number];

const backlogCounts = z.object({
  ...(Object.fromEntries(BACKLOG_BANDS.map((b) => [b, z.number().int()])) as Record<BacklogBand, z.ZodNumber>),
  /** Open past their due time. */
  overdue: z.number().int(),
  total: z.number().int(),
});
export type BacklogCounts = z.infer<typeof backlogCounts>;

export const caseReportAnswer = z.object({
  total: caseKpis,
  rows: z.array(caseReportRow),
  /** The cases open now (whatever the period) by age band and overdue, by service type, with the other filters. */
  backlog: z.object({ total: backlogCounts, rows: z.array(backlogCounts.extend({ key: z.string(), label: z.string() })) }),
});
export type CaseReportAnswer = z.infer<typeof caseReportAnswer>;
