import { z } from 'zod';
import { calendarDate } from '../wire';

/**
 * The elders figures (老人统计), as /reports/definitions states them. Each elder falls in one group
 * by their file as it stands now: subsidy category, area, living situation, and age band by birth
 * year at the end of the period. Rates are null when their denominator is 0.
 */
export const elderKpis = z.object({
  /** On the registry now (status active). */
  registered: z.number().int(),
  /** Elders with at least one case opened on the period's days. */
  served: z.number().int(),
  /** Entered in the registry on the period's days. */
  added: z.number().int(),
  /** Marked moved away on the period's days. */
  moved: z.number().int(),
  /** Marked deceased on the period's days. */
  deceased: z.number().int(),
  /** served / registered */
  servedRate: z.number().nullable(),
});
export type ElderKpis = z.infer<typeof elderKpis>;

export const ELDER_REPORT_GROUPS = ['category', 'area', 'living', 'ageBand'] as const;
export type ElderReportGroup = (typeof ELDER_REPORT_GROUPS)[number];

/** Age at the end of the period, by birth year. */
export const AGE_BANDS = ['under60', 'from60', 'from70', 'from80', 'from90'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** GET /api/reports/elders: a period of local days (inclusive), optional area. */
export const elderReportQuery = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    /** Within this area and below; the user's own area scope applies anyway. By area, the rows are the areas one level below it (the districts without it). */
    areaCode: z.string().min(1).max(32).optional(),
    groupBy: z.enum(ELDER_REPORT_GROUPS).default('category'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type ElderReportQuery = z.output<typeof elderReportQuery>;

export const elderReportRow = elderKpis.extend({ key: z.string(), label: z.string() });
export type ElderReportRow = z.infer<typeof elderReportRow>;

export const elderReportAnswer = z.object({ total: elderKpis, rows: z.array(elderReportRow) });
export type ElderReportAnswer = z.infer<typeof elderReportAnswer>;
