/** The whole calendar months inside a period of local days, and the loose days around them. */
export interface WholeMonths {
  /** First and last whole month, `YYYY-MM`. */
  first: string;
  last: string;
  /** The first day of the first whole month and the last day of the last, `YYYY-MM-DD`. */
  fromDay: string;
  toDay: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** The whole months from–to (inclusive local days) covers; null when it covers none. */
export function wholeMonthsOf(from: string, to: string): WholeMonths | null {
  const start = dayOf(from);
  if (start.getUTCDate() !== 1) start.setUTCMonth(start.getUTCMonth() + 1, 1);
  const end = dayOf(to);
  // The last day of `to`'s month is whole when it is `to` itself; else the month before ends the whole months.
  const nextDay = new Date(end.getTime() + 86_400_000);
  if (nextDay.getUTCDate() !== 1) end.setUTCDate(0);
  if (start > end) return null;
  return { first: iso(start).slice(0, 7), last: iso(end).slice(0, 7), fromDay: iso(start), toDay: iso(end) };
}
