import { isoDuration } from '@careflow/contracts';

const PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * The moment an ISO 8601 duration after `from` (PT30M, P1DT12H, P1M…): years and months by the
 * calendar, weeks and days as 24 hours (the bureau's zone keeps no daylight saving). Throws on
 * text that is no duration: callers check it with the contract's `isoDuration` first.
 */
export function addIsoDuration(from: Date, duration: string): Date {
  const m = isoDuration.safeParse(duration).success ? PARTS.exec(duration) : null;
  if (!m) throw new Error(`not an ISO 8601 duration: ${duration}`);
  const [years, months, weeks, days, hours, minutes] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const at = new Date(from.getTime());
  if (years || months) at.setUTCMonth(at.getUTCMonth() + 12 * years + months);
  const seconds = ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + Number(m[7] ?? 0);
  return new Date(at.getTime() + Math.round(seconds * 1000));
}
