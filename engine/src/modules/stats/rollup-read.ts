import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `SUM(s.column) AS key` for every sum of a rollup table (s), to add to a grouped select. */
export const sumSelect = (columns: Record<string, string>): string =>
  Object.entries(columns)
    .map(([key, column]) => `SUM(s.${column}) AS ${key}`)
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
