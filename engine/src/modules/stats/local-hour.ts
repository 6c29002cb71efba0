const formats = new Map<string, Intl.DateTimeFormat>();

/** The local hour an instant falls in, `YYYY-MM-DD HH` in the bureau's time zone (the figures' key). */
export function localHour(at: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })));
  const parts = format.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}`;
}
