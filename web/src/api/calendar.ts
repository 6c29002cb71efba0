import type { calendarDayAnswer, calendarDaysAnswer, calendarYearAnswer, DayKind, Wire } from '@careflow/contracts';
import { api } from './client';

export type CalendarYear = Wire<typeof calendarYearAnswer>;
export type CalendarDay = CalendarYear['days'][number];
export type { DayKind };

export async function getCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return api.get<CalendarYear>(`/api/calendar?year=${year}`, { signal });
}

export async function setCalendarDay(date: string, kind: DayKind, name: string): Promise<CalendarDay> {
  return (await api.put<Wire<typeof calendarDayAnswer>>(`/api/calendar/days/${date}`, { kind, name })).day;
}

export async function deleteCalendarDay(date: string): Promise<void> {
  await api.delete<unknown>(`/api/calendar/days/${date}`);
}

/** The year's holiday notice replaces every marked day of that year. */
export async function replaceCalendarYear(year: number, days: { date: string; kind: DayKind; name: string }[]): Promise<CalendarDay[]> {
  return (await api.put<Wire<typeof calendarDaysAnswer>>(`/api/calendar/years/${year}`, { days })).days;
}
