import { daysOf, nextMonth } from '../billing/months';
import { addDays } from '../periodic-needs/schedule';

/** Local days from–to, inclusive, `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * How a period of local days is read: month rows, plus day rows added, less day rows taken back. A
 * month row holds the sums of all its days, so a month the period covers only in part is read either
 * as its days inside the period, or as its month row less its days outside: whichever reads fewer rows.
 */
export interface PeriodReads {
  /** Months read from their month rows, `YYYY-MM`. */
  months: string[];
  /** Day rows added. */
  days: DayRange[];
  /** Day rows taken back from the months read whole. */
  lessDays: DayRange[];
}

const DAY_MS = 86_400_000;
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
/** The days of a range that may hold rows: none after today, none of an empty range. */
const heldDays = (range: DayRange, today: string) => {
  const to = min(range.to, today);
  return range.from > to ? 0 : (Date.parse(to) - Date.parse(range.from)) / DAY_MS + 1;
};

/**
 * The reads of the period from–to (inclusive local days), given today: a month inside the period is
 * its month rows; the month so far late in the month is its month rows (its days to come hold nothing
 * yet); the last 30 days are about a month's rows less a few days, plus a few days. `monthCost` is
 * what a month's rows cost, in days' rows: about 1 when a day already holds most of the month's
 * groups, more when a month gathers many a day has not (a duration bucket per group).
 */
export function periodReads(from: string, to: string, today: string, monthCost = 1): PeriodReads {
  const reads: PeriodReads = { months: [], days: [], lessDays: [] };
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) {
    const whole = daysOf(month);
    const inside = { from: max(from, whole.from), to: min(to, whole.to) };
    if (inside.from === whole.from && inside.to === whole.to) {
      reads.months.push(month);
      continue;
    }
    const outside = [
      { from: whole.from, to: addDays(inside.from, -1) },
      { from: addDays(inside.to, 1), to: whole.to },
    ].filter((range) => range.from <= range.to);
    const less = monthCost + outside.reduce((n, range) => n + heldDays(range, today), 0);
    if (less < heldDays(inside, today)) {
      reads.months.push(month);
      reads.lessDays.push(...outside);
    } else reads.days.push(inside);
  }
  return reads;
}
