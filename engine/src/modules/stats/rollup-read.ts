import { SATISFACTION, type Satisfaction } from '@careflow/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SAT_SUMS } from './case-sums';

/** `SUM(s.column) AS key` for every sum of a rollup table (s), to add to a grouped select; each row's times `sign` if given (an SQL expression). */
export const sumSelect = (columns: Record<string, string>, sign?: string): string =>
  Object.entries(columns)
    .map(([key, column]) => `SUM(s.${column}${sign && sign !== '1' ? ` * ${sign}` : ''}) AS ${key}`)
    .join(', ');

/**
 * Runs a rollup query that selects its group key as `k` and sumSelect's sums, as group key → sums.
 * SUM comes back as a string on MySQL (DECIMAL) and a number on SQLite; no row at all sums to null
 * (read off the first key).
 */
export async function readSums<K extends string>(qb: SelectQueryBuilder<ObjectLiteral>, keys: readonly K[]): Promise<Map<string, Record<K, number>>> {
  const raw = await qb.getRawMany<Record<string, string | number | null>>();
  return new Map(raw.filter((r) => r[keys[0]] !== null).map((r) => [String(r.k), Object.fromEntries(keys.map((k) => [k, Number(r[k] ?? 0)])) as Record<K, number>]));
}

/** A figure rounded to `digits` decimals. */
export const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** a ÷ b to `digits` decimals (4: a rate); null when there is nothing to divide by. */
export const ratio = (a: number, b: number, digits = 4): number | null => (b === 0 ? null : round(a / b, digits));

/** The five satisfaction sums (satVerySatisfied…) as the contracts' levels (very_satisfied…). */
export const satisfactionLevels = (s: Record<(typeof SAT_SUMS)[Satisfaction], number>): Record<Satisfaction, number> =>
  Object.fromEntries(SATISFACTION.map((level) => [level, s[SAT_SUMS[level]]])) as Record<Satisfaction, number>;
