import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';
import { SATISFACTION, satisfaction } from './cases';
import { feedbackSource } from './provider-feedback';

/**
 * The provider figures over a period (服务商统计), as /reports/definitions states them: the orders
 * dispatched on the period's local days that have ended, and the evaluations recorded on them.
 * Rates and means are null when their denominator is 0.
 */
export const providerKpis = z.object({
  orders: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  expired: z.number().int(),
  canceled: z.number().int(),
  done: z.number().int(),
  /** rejected / orders */
  rejectionRate: z.number().nullable(),
  /** Mean minutes from dispatch to acceptance, over the accepted orders. */
  avgAcceptMinutes: z.number().nullable(),
  /** Mean minutes from acceptance to the finished work, over the done orders. */
  avgWorkMinutes: z.number().nullable(),
  /** done by the work deadline / done orders that had one */
  onTimeRate: z.number().nullable(),
  evaluations: z.number().int(),
  /** Evaluations by level (a complaint without an answer has none). */
  satisfaction: z.object(Object.fromEntries(SATISFACTION.map((s) => [s, z.number().int()])) as Record<(typeof SATISFACTION)[number], z.ZodNumber>),
  /** (very satisfied + satisfied) / evaluations with a level */
  satisfiedRate: z.number().nullable(),
  complaints: z.number().int(),
  /**
   * Fen: the charge lines (收费明细) of services served in the period, their adjustments with them:
   * the whole amount, the government's subsidy and the elder's own share. Absent from monthly
   * reports made before amounts were counted.
   */
  amount: z.number().int().optional(),
  subsidy: z.number().int().optional(),
  elderShare: z.number().int().optional(),
});
export type ProviderKpis = z.infer<typeof providerKpis>;

export const PROVIDER_REPORT_GROUPS = ['provider', 'item', 'area', 'day'] as const;
export type ProviderReportGroup = (typeof PROVIDER_REPORT_GROUPS)[number];

/** GET /api/reports/providers: a period of local days (inclusive), optional filters. */
export const providerReportQuery = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    /** Orders within this area and below; the user's own area scope applies anyway. */
    areaCode: z.string().min(1).max(32).optional(),
    providerId: z.string().min(1).max(36).optional(),
    serviceItem: z.string().min(1).max(64).optional(),
    groupBy: z.enum(PROVIDER_REPORT_GROUPS).default('provider'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type ProviderReportQuery = z.output<typeof providerReportQuery>;

export const providerReportRow = providerKpis.extend({ key: z.string(), label: z.string() });
export type ProviderReportRow = z.infer<typeof providerReportRow>;

/** An evaluation with words, as the report lists them (the latest first). */
export const providerComment = z.object({
  id: z.string(),
  at: timestamp,
  providerId: z.string(),
  providerName: z.string(),
  source: feedbackSource,
  satisfaction: satisfaction.nullable(),
  complaint: z.boolean(),
  note: z.string(),
  recordedByName: z.string(),
});
export type ProviderComment = z.infer<typeof providerComment>;

export const providerReportAnswer = z.object({
  total: providerKpis,
  rows: z.array(providerReportRow),
  /** The latest evaluations in the period that carry a note, with the same filters (at most 50). */
  comments: z.array(providerComment),
});
export type ProviderReportAnswer = z.infer<typeof providerReportAnswer>;
