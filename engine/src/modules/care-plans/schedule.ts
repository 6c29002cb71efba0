import type { CareSchedule } from '@careflow/contracts';
import { addDays, fallsOn, HolidayCalendar, Occurrence, occurrencesWhere } from '../periodic-needs/schedule';

export interface CareTimes {
  schedule: CareSchedule;
  holidays: 'skip' | 'shift';
  startsOn: string;
  endsOn: string | null;
}

const isLeapYear = (year: number) => new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;

/** Whether a date is the birthday of someone born on `birthDate`: 29 February falls on the 28th in other years. */
export function isBirthday(birthDate: string, date: string): boolean {
  const born = birthDate.slice(5);
  if (born === '02-29' && !isLeapYear(Number(date.slice(0, 4)))) return date.slice(5) === '02-28';
  return date.slice(5) === born;
}

/**
 * The plan's occurrences whose scheduled day lies in [from, to], holidays applied as for periodic
 * needs. A birthday greeting that shifts is made on the birthday when that is a working day, else on
 * the next working day (weekends too, not only public holidays); one that skips is made on the
 * birthday itself unless that is a public holiday.
 */
export function careOccurrencesBetween(plan: CareTimes, birthDate: string | null, from: string, to: string, calendar: HolidayCalendar): Occurrence[] {
  const { schedule } = plan;
  if (schedule.kind !== 'birthday') return occurrencesWhere(plan, (date) => fallsOn(schedule, plan.startsOn, date), from, to, calendar);
  if (!birthDate) return [];
  const offDays: HolidayCalendar = plan.holidays === 'shift' ? { isHoliday: (d) => !calendar.isWorkingDate(d), isWorkingDate: calendar.isWorkingDate } : calendar;
  return occurrencesWhere(plan, (date) => isBirthday(birthDate, date), from, to, offDays);
}

/**
 * The first scheduled day whose occurrence may fall on `today`: a shift moves a day over the days
 * off straight before today, so the look starts after the last working day (at most 60 days back).
 */
export function shiftReachStart(today: string, calendar: HolidayCalendar): string {
  let from = today;
  for (let i = 0; i < 60 && !calendar.isWorkingDate(addDays(from, -1)); i += 1) from = addDays(from, -1);
  return from;
}
