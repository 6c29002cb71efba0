import { localTimeOf } from '../../local-time';
import { CalendarDay } from './entities';

/** The calendar date of a moment in a time zone, as YYYY-MM-DD, and its weekday (0 = Sunday). */
export function localDay(at: Date, timeZone: string): { date: string; weekday: number } {
  const { date, weekday } = localTimeOf(at, timeZone);
  return { date, weekday };
}

/**
 * Working days as the bureau counts them: Monday to Friday, except the days the calendar marks —
 * public holidays are off, and weekend days worked in exchange are on.
 */
export class WorkingDays {
  private readonly marked: Map<string, CalendarDay['kind']>;

  constructor(
    days: Pick<CalendarDay, 'date' | 'kind'>[],
    readonly timeZone: string,
  ) {
    this.marked = new Map(days.map((d) => [d.date, d.kind]));
  }

  isWorkingDay(at: Date): boolean {
    const { date, weekday } = localDay(at, this.timeZone);
    const kind = this.marked.get(date);
    if (kind) return kind === 'workday';
    return weekday !== 0 && weekday !== 6;
  }

  /** Whether the calendar marks the date (YYYY-MM-DD) a public holiday; ordinary weekends are not holidays. */
  isHoliday(date: string): boolean {
    return this.marked.get(date) === 'holiday';
  }

  /** The same time of day, `count` working days later (days of 24 hours: exact in zones without daylight saving, as in China). */
  add(from: Date, count: number): Date {
    const at = new Date(from);
    let left = count;
    while (left > 0) {
      at.setTime(at.getTime() + 24 * 3600_000);
      if (this.isWorkingDay(at)) left -= 1;
    }
    return at;
  }
}
