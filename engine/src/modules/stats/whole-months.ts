import { daysOf, nextMonth, previousMonth } from '../billing/months';

/** The whole calendar months inside a period of local days, and the loose days around them. */
export interface WholeMonths {
  /** First and last whole month, `YYYY-MM`. */
  first: string;
  last: string;
  /** The first day of the first whole month and the last day of the last, `YYYY-MM-DD`. */
  fromDay: string;
  toDay: string;
}

/** The whole months from–to (inclusive local days) covers; null when it covers none. */
export function wholeMonthsOf(from: string, to: string): WholeMonths | null {
  const first = from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const last = to === daysOf(to.slice(0, 7)).to ? to.slice(0, 7) : previousMonth(to.slice(0, 7));
  return first > last ? null : { first, last, fromDay: `${first}-01`, toDay: daysOf(last).to };
}
