import { z } from 'zod';
import { timestamp } from '../wire';
import { billingMonth } from './billing';
import { caseKpis, caseReportAnswer, caseReportRow } from './case-stats';
import { elderKpis, elderReportAnswer } from './elder-stats';
import { emergencyKpis, emergencyReportAnswer } from './emergency-stats';
import { providerKpis, providerReportAnswer } from './provider-stats';
import { satisfactionKpis, satisfactionReportAnswer } from './satisfaction-stats';
import { callKpis, callReportAnswer } from './stats';

/**
 * 月度报告: a month's figures for the bureau, frozen when generated (late events do not change an
 * archived report). Each section is what the live report of the same name answers for the month,
 * grouped as the report shows it, with the previous month's totals beside it (环比). Its PDF and
 * Excel are both drawn from these figures.
 */
export const monthlyReportFigures = z.object({
  month: billingMonth,
  previousMonth: billingMonth,
  /** Calls by day. */
  calls: z.object({ month: callReportAnswer, previous: callKpis }),
  /** Cases by service type (with the open backlog at generation), and by channel. */
  cases: z.object({ month: caseReportAnswer, byChannel: z.array(caseReportRow), previous: caseKpis }),
  /** Alarms by button. */
  emergency: z.object({ month: emergencyReportAnswer, previous: emergencyKpis }),
  /** Satisfaction by service type, with the month's latest comments. */
  satisfaction: z.object({ month: satisfactionReportAnswer, previous: satisfactionKpis }),
  /** Orders by provider. */
  providers: z.object({ month: providerReportAnswer, previous: providerKpis }),
  /** Elders registered and served by subsidy category (reports made before it was added lack it). */
  elders: z.object({ month: elderReportAnswer, previous: elderKpis }).optional(),
});
export type MonthlyReportFigures = z.infer<typeof monthlyReportFigures>;

export const MONTHLY_REPORT_TRIGGERS = ['scheduled', 'on_demand'] as const;
export type MonthlyReportTrigger = (typeof MONTHLY_REPORT_TRIGGERS)[number];

/** One report in the archive (报告归档). */
export const monthlyReport = z.object({
  id: z.string(),
  month: billingMonth,
  /** The area the figures cover; null: the whole bureau. */
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  /** scheduled: made on the 1st for the month before; on_demand: a user asked for it. */
  trigger: z.enum(MONTHLY_REPORT_TRIGGERS),
  generatedAt: timestamp,
  /** Who asked for it (display name); null when scheduled. */
  generatedBy: z.string().nullable(),
});
export type MonthlyReport = z.infer<typeof monthlyReport>;

export const monthlyReportList = z.object({ items: z.array(monthlyReport) });
export type MonthlyReportList = z.infer<typeof monthlyReportList>;

export const monthlyReportDetail = monthlyReport.extend({ figures: monthlyReportFigures });
export type MonthlyReportDetail = z.infer<typeof monthlyReportDetail>;

/** POST /api/reports/monthly: a month up to the current one (figures so far), the whole bureau or one area. */
export const monthlyReportInput = z.strictObject({
  month: billingMonth,
  /** Required of a user whose area scope is limited: an area within it. */
  areaCode: z.string().min(1).max(32).optional(),
});
export type MonthlyReportInput = z.infer<typeof monthlyReportInput>;
