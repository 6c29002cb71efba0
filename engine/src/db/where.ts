import { Between, FindOperator, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';

/** A time column between optional bounds, or undefined when neither is given. */
export function dateRange(from: Date | undefined, to: Date | undefined): FindOperator<Date> | undefined {
  if (from && to) return Between(from, to);
  if (from) return MoreThanOrEqual(from);
  if (to) return LessThanOrEqual(to);
  return undefined;
}

/** The rows of one page (pages count from 1). */
export function pageWindow(p: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (p.page - 1) * p.pageSize, take: p.pageSize };
}
