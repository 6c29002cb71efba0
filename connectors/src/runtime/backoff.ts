import { retryBackoffMs } from './errors';

const DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/;

/** Milliseconds of an ISO 8601 time duration such as PT30S or PT5M; undefined when it is not one. */
export function durationMs(text: string | undefined): number | undefined {
  const m = text ? DURATION.exec(text.trim()) : null;
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** The pause before the next try: the task's retryBackoff header, else the connector's, else exponential. */
export function backoffFor(attempt: number, header: string | undefined, fallback: string | undefined): number {
  return durationMs(header) ?? durationMs(fallback) ?? retryBackoffMs(attempt);
}
