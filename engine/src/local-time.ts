/** An instant as a clock in the bureau's time zone reads it. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** 00–23 */
  hour: string;
  minute: string;
  second: string;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** One format per zone: building an Intl format costs far more than using one. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The local date, clock and weekday of `at` in `timeZone` (an IANA name, checked at start by the config). */
export function localTimeOf(at: Date, timeZone: string): LocalTime {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', weekday: 'short' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: part('hour'), minute: part('minute'), second: part('second'), weekday: WEEKDAYS.indexOf(part('weekday')) };
}

/** The moment a local date and clock (HH:mm) name in a time zone (the zone's offset read at that moment; exact outside daylight-saving changes). */
export function zonedInstant(date: string, clock: string, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T${clock}:00Z`);
  const seen = localTimeOf(new Date(asUtc), timeZone);
  const offset = Date.parse(`${seen.date}T${seen.hour}:${seen.minute}:00Z`) - asUtc;
  return new Date(asUtc - offset);
}

/** The instants a span of local days covers: from the first day's midnight to the midnight after the last (a report's period). */
export function daySpan(from: string, to: string, timeZone: string): { since: Date; until: Date } {
  const [year, month, day] = to.split('-').map(Number);
  const after = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return { since: zonedInstant(from, '00:00', timeZone), until: zonedInstant(after, '00:00', timeZone) };
}
