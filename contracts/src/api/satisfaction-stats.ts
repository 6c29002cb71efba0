import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';
import { SATISFACTION, satisfaction } from './cases';

/**
 * Satisfaction over a period (满意度统计), as /reports/definitions states it: the cases closed on the
 * period's local days with a satisfaction level, by the agent whose case it was.
 */
export const satisfactionKpis = z.object({
  rated: z.number().int(),
  satisfaction: z.object(Object.fromEntries(SATISFACTION.map((s) => [s, z.number().int()])) as Record<(typeof SATISFACTION)[number], z.ZodNumber>),
  /** (very satisfied + satisfied) / rated */
  satisfiedRate: z.number().nullable(),
  /** (unsatisfied + very unsatisfied) / rated */
  dissatisfiedRate: z.number().nullable(),
});
export type SatisfactionKpis = z.infer<typeof satisfactionKpis>;

export const SATISFACTION_REPORT_GROUPS = ['agent', 'type', 'area', 'day'] as const;
export type SatisfactionReportGroup = (typeof SATISFACTION_REPORT_GROUPS)[number];

/** GET /api/reports/satisfaction: a period of local days (inclusive), optional filters. */
export const satisfactionReportQuery = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    /** Within this area and below; the user's own area scope applies anyway. */
    areaCode: z.string().min(1).max(32).optional(),
    serviceType: z.string().min(1).max(64).optional(),
    /** An agent's username. */
    agent: z.string().min(1).max(64).optional(),
    groupBy: z.enum(SATISFACTION_REPORT_GROUPS).default('agent'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type SatisfactionReportQuery = z.output<typeof satisfactionReportQuery>;

export const satisfactionReportRow = satisfactionKpis.extend({ key: z.string(), label: z.string() });

/** A return visit's words, as the report lists them (the latest first). */
export const ratingComment = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  at: timestamp,
  agent: z.string(),
  agentName: z.string(),
  serviceTypeName: z.string(),
  satisfaction,
  note: z.string(),
});
export type RatingCommentView = z.infer<typeof ratingComment>;

export const satisfactionReportAnswer = z.object({
  total: satisfactionKpis,
  rows: z.array(satisfactionReportRow),
  /** The latest return-visit comments of the cases the filters take, closed in the period (at most 50). */
  comments: z.array(ratingComment),
});
export type SatisfactionReportAnswer = z.infer<typeof satisfactionReportAnswer>;
