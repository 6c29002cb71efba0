import type { NeedSchedule } from '@careflow/contracts';
import { lastDayOfMonth } from '../billing/months';

const DAY_MS = 24 * 3600_000;

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no zone or clock change shifts a day. */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
/** ISO weekday: 1 = Monday … 7 = Sunday. */
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** What the business calendar says about a date. */
export interface HolidayCalendar {
  isHoliday(date: string): boolean;
  isWorkingDate(date: string): boolean;
}

/** The business calendar's working days as the schedule reads them. */
export function holidayCalendarOf(days: { isHoliday(date: string): boolean; isWorkingDay(at: Date): boolean }): HolidayCalendar {
  // Midday UTC falls on the same calendar day in every zone within ±11 h of it (China: 20:00).
  return { isHoliday: (d) => days.isHoliday(d), isWorkingDate: (d) => days.isWorkingDay(new Date(`${d}T12:00:00Z`)) };
}

export interface NeedTimes {
  schedule: NeedSchedule;
  holidays: 'skip' | 'shift';
  startsOn: string;
  endsOn: string | null;
}

export interface Occurrence {
  /** The day the schedule names; the key of the occurrence. */
  scheduledOn: string;
  /** The day the service is done: the scheduled day, or the next working day when that is a holiday and the need shifts. */
  serviceOn: string;
}

/** Whether a weekly, monthly or every-N-days schedule that began on `startsOn` names the date. */
export function fallsOn(schedule: NeedSchedule, startsOn: string, date: string): boolean {
  if (schedule.kind === 'weekly') return schedule.weekdays.includes(isoWeekday(date));
  if (schedule.kind === 'every') return daysBetween(startsOn, date) % schedule.days === 0;
  return Number(date.slice(8, 10)) === Math.min(schedule.day, lastDayOfMonth(date.slice(0, 7)));
}

/**
 * The occurrences whose scheduled day lies in [from, to], in order, holidays applied: a skipping
 * need has none on a holiday, a shifting one moves to the next working day (at most 60 days on).
 */
export function occurrencesBetween(need: NeedTimes, from: string, to: string, calendar: HolidayCalendar): Occurrence[] {
  return occurrencesWhere(need, (date) => fallsOn(need.schedule, need.startsOn, date), from, to, calendar);
}

/** The same for any rule of days (care plans add the elder's birthday): `falls` names the scheduled days. */
export function occurrencesWhere(need: Omit<NeedTimes, 'schedule'>, falls: (date: string) => boolean, from: string, to: string, calendar: HolidayCalendar): Occurrence[] {
  const found: Occurrence[] = [];
  const first = from > need.startsOn ? from : need.startsOn;
  const last = need.endsOn !== null && need.endsOn < to ? need.endsOn : to;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (!falls(date)) continue;
    if (!calendar.isHoliday(date)) found.push({ scheduledOn: date, serviceOn: date });
    else if (need.holidays === 'shift') {
      let serviceOn = addDays(date, 1);
      for (let i = 0; i < 60 && !calendar.isWorkingDate(serviceOn); i += 1) serviceOn = addDays(serviceOn, 1);
      found.push({ scheduledOn: date, serviceOn });
    }
  }
  return found;
}
