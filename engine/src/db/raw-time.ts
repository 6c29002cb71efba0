/**
 * A time column read raw (MIN, MAX…): SQLite hands back the stored text (UTC, without a zone),
 * MySQL a Date; null when there was no row.
 */
export function rawTime(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ+]/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
