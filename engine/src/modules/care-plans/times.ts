import { localTimeOf, zonedInstant } from '../../local-time';
import { addDays } from '../periodic-needs/schedule';

/** The quiet hours (no calls from `from` until `until`, local time, HH:mm; `from` after `until` spans midnight). */
export interface QuietHours {
  from: string;
  until: string;
}

/** How the opener times an occurrence's calls: the zone of the bureau, the quiet hours, the robot's tries. */
export interface CareTiming {
  timeZone: string;
  quiet: QuietHours;
  retryMinutes: number;
  tries: number;
}

const MINUTE_MS = 60_000;

/** The local date (YYYY-MM-DD) and clock (HH:mm) of a moment in a time zone. */
export function localTime(at: Date, timeZone: string): { date: string; clock: string } {
  const { date, hour, minute } = localTimeOf(at, timeZone);
  return { date, clock: `${hour}:${minute}` };
}

export function isQuiet(clock: string, quiet: QuietHours): boolean {
  if (quiet.from === quiet.until) return false;
  return quiet.from > quiet.until ? clock >= quiet.from || clock < quiet.until : clock >= quiet.from && clock < quiet.until;
}

/** A moment moved out of the quiet hours: to the next end of them (the next morning, for a call in the evening). */
export function afterQuiet(at: Date, timing: Pick<CareTiming, 'timeZone' | 'quiet'>): Date {
  const { date, clock } = localTime(at, timing.timeZone);
  if (!isQuiet(clock, timing.quiet)) return at;
  const day = clock >= timing.quiet.from && timing.quiet.from > timing.quiet.until ? addDays(date, 1) : date;
  return zonedInstant(day, timing.quiet.until, timing.timeZone);
}

/**
 * When an occurrence on `day` is due: its window's start, or, when that is within the quiet hours,
 * their end on the same day (a window wholly in the evening quiet hours moves to that morning).
 */
export function dueAtOf(day: string, windowFrom: string, timing: Pick<CareTiming, 'timeZone' | 'quiet'>): Date {
  return zonedInstant(day, isQuiet(windowFrom, timing.quiet) ? timing.quiet.until : windowFrom, timing.timeZone);
}

/** When each robot try is placed: the first when due, each next one the retry interval after the one before, none within the quiet hours. */
export function triesFrom(dueAt: Date, timing: CareTiming): Date[] {
  const tries = [dueAt];
  while (tries.length < timing.tries) tries.push(afterQuiet(new Date(tries[tries.length - 1].getTime() + timing.retryMinutes * MINUTE_MS), timing));
  return tries;
}
