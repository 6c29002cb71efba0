/** Billing months as YYYY-MM text, counted without a calendar library (the engine does the same). */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** What 月结 lists: the last `count` months up to the current one and any closed month before them, newest first. */
export function monthsToShow(current: string, closed: readonly string[], count = 12): string[] {
  const recent = Array.from({ length: count }, (_, i) => shiftMonth(current, -i));
  return [...new Set([...recent, ...closed])].sort().reverse();
}
