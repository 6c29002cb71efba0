import { z } from 'zod';
import { calendarDate } from '../wire';

/** One stage of the emergency response: how many alarms reached it and the mean seconds from the alarm. */
const responseStage = z.object({
  count: z.number().int(),
  /** Mean seconds from the alarm (its case opening) to the stage, over the alarms that reached it; null when none did. */
  avgSec: z.number().nullable(),
});
export type ResponseStage = z.infer<typeof responseStage>;

/**
 * The emergency response figures over a period (应急响应), as /reports/definitions states them: the
 * alarm cases (channel alarm) raised on the period's local days that have ended, closed or canceled.
 */
export const emergencyKpis = z.object({
  alarms: z.number().int(),
  /** Closed as 误报 at the callback (the 确认警情 step's alarmOutcome false_alarm). */
  falseAlarms: z.number().int(),
  canceled: z.number().int(),
  /** falseAlarms / alarms */
  falseAlarmRate: z.number().nullable(),
  /** 回拨: the case's first completed task (确认警情). */
  callback: responseStage,
  /** 派单: the case's first order created. */
  dispatch: responseStage,
  /** 接单: the first order accepted by its provider. */
  accepted: responseStage,
  /** 到场: the first order started (the worker arrived). */
  onSite: responseStage,
});
export type EmergencyKpis = z.infer<typeof emergencyKpis>;

export const EMERGENCY_REPORT_GROUPS = ['button', 'type', 'area', 'day'] as const;
export type EmergencyReportGroup = (typeof EMERGENCY_REPORT_GROUPS)[number];

/** GET /api/reports/emergency: a period of local days (inclusive), optional filters. */
export const emergencyReportQuery = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    /** Within this area and below; the user's own area scope applies anyway. */
    areaCode: z.string().min(1).max(32).optional(),
    serviceType: z.string().min(1).max(64).optional(),
    groupBy: z.enum(EMERGENCY_REPORT_GROUPS).default('button'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type EmergencyReportQuery = z.output<typeof emergencyReportQuery>;

export const emergencyReportRow = emergencyKpis.extend({ key: z.string(), label: z.string() });
export type EmergencyReportRow = z.infer<typeof emergencyReportRow>;

export const emergencyReportAnswer = z.object({ total: emergencyKpis, rows: z.array(emergencyReportRow) });
export type EmergencyReportAnswer = z.infer<typeof emergencyReportAnswer>;
