/**
 * The timer values CareFlow accepts, a strict subset of what the engine reads (Joda's ISO parser for
 * dates, javax.xml durations, DurationHelper's repeating intervals): the engine checks none of them
 * at deployment, so a typo would only surface when the timer is due.
 */
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?';
const ZONE = '(Z|[+-]([01]\\d|2[0-3])(:?[0-5]\\d)?)';
const DATE_TIME = new RegExp(`^${DATE}(T${TIME}${ZONE}?)?$`);
/** xsd:duration without a sign (`P1Y2M3DT4H5M6.5S`), or weeks alone (`P2W`), as the engine reads them. */
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const WEEKS = /^P\d+W$/;

export function isIsoDateTime(value: string): boolean {
  if (!DATE_TIME.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

export function isIsoDuration(value: string): boolean {
  return WEEKS.test(value) || DURATION.test(value);
}

/** `R[n]/duration`, `R[n]/start/duration` or `R[n]/duration/end`. */
export function isIsoCycle(value: string): boolean {
  const parts = value.split('/');
  if (!/^R\d*$/.test(parts[0]) || parts.length < 2 || parts.length > 3) return false;
  if (parts.length === 2) return isIsoDuration(parts[1]);
  return (isIsoDateTime(parts[1]) && isIsoDuration(parts[2])) || (isIsoDuration(parts[1]) && isIsoDateTime(parts[2]));
}

export type TimerKind = 'timeDate' | 'timeDuration' | 'timeCycle';

/** Does a literal timer value (no expression in it) parse as its kind? */
export function isTimerValue(kind: TimerKind, value: string): boolean {
  if (kind === 'timeDate') return isIsoDateTime(value);
  if (kind === 'timeDuration') return isIsoDuration(value);
  return isIsoCycle(value);
}

/** A job's retry cycle (camunda:failedJobRetryTimeCycle): `R3/PT5M` or a list of waits `PT1M,PT5M,PT30M`. */
export function isRetryCycle(value: string): boolean {
  return isIsoCycle(value) || value.split(',').every((part) => isIsoDuration(part.trim()));
}
