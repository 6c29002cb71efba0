import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';

/** A dictionary's key or an option's code: lower-case letters, digits or _, starting with a letter. */
export const dictionaryCode = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits or _, starting with a letter');
const dictionaryLabel = z.string().trim().min(1).max(100);

/** One coded option; retired ones (active false) stay for old records but are no longer offered. */
export const dictionaryOptionView = z.object({
  dictKey: z.string(),
  code: z.string(),
  label: z.string(),
  labelEn: z.string(),
  sort: z.number().int(),
  active: z.boolean(),
});
export type DictionaryOptionView = z.infer<typeof dictionaryOptionView>;

/** 字典: a named list of coded options that forms, processes and the registry share, options in order. */
export const dictionaryView = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** Shipped with CareFlow: its options can be edited, the dictionary itself not deleted. */
  system: z.boolean(),
  updatedAt: timestamp,
  options: z.array(dictionaryOptionView),
});
export type DictionaryView = z.infer<typeof dictionaryView>;

/** PUT /api/dictionaries/:key: creates or replaces a dictionary; options are stored in the order given. */
export const saveDictionaryBody = z.strictObject({
  name: dictionaryLabel,
  nameEn: dictionaryLabel,
  options: z.array(z.strictObject({ code: dictionaryCode, label: dictionaryLabel, labelEn: dictionaryLabel, active: z.boolean().default(true) })).max(500),
});

export const dictionaryAnswer = z.object({ dictionary: dictionaryView });
export const dictionaryListAnswer = z.object({ dictionaries: z.array(dictionaryView) });

// ——— Business calendar (/api/calendar) ———

/** A day that breaks the Monday–Friday rule: a public holiday, or a weekend day worked in exchange (调休). */
export const DAY_KINDS = ['holiday', 'workday'] as const;
export const dayKind = z.enum(DAY_KINDS);
export type DayKind = z.infer<typeof dayKind>;

export const calendarYear = z.coerce.number().int().min(2000).max(2100);
const dayFields = { kind: dayKind, name: z.string().trim().min(1).max(100) };

export const calendarDayView = z.object({
  /** YYYY-MM-DD in the bureau's time zone. */
  date: z.string(),
  kind: dayKind,
  /** What the day is, e.g. 春节, 国庆节调休. */
  name: z.string(),
  updatedAt: timestamp,
});
export type CalendarDayView = z.infer<typeof calendarDayView>;

/** GET /api/calendar?year= */
export const calendarQuery = z.strictObject({ year: calendarYear });
export const calendarYearAnswer = z.object({ year: z.number().int(), timeZone: z.string(), days: z.array(calendarDayView) });
/** PUT /api/calendar/days/:date */
export const setCalendarDayBody = z.strictObject(dayFields);
export const calendarDayAnswer = z.object({ day: calendarDayView });
/**
 * GET /api/calendar/deadline: a due time `workingDays` working days from now on the business calendar, and
 * when to urge (催办) at `urgePercent` of the time, for processes that set their own deadlines.
 */
export const deadlineQuery = z.strictObject({
  workingDays: z.coerce.number().int().min(1).max(365),
  urgePercent: z.coerce.number().int().min(1).max(99).optional(),
});
export const deadlineAnswer = z.object({ from: z.string(), dueAt: z.string(), urgeAt: z.string().nullable() });
/** PUT /api/calendar/years/:year: the year's holiday notice. */
export const replaceCalendarYearBody = z.strictObject({ days: z.array(z.strictObject({ date: calendarDate, ...dayFields })).max(366) });
export const calendarDaysAnswer = z.object({ days: z.array(calendarDayView) });
