import type { CallKpiFigures } from '../../api/reports';

/** A rate (0–1) as a percentage with one decimal; '—' when there was nothing to divide by. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Seconds with one decimal at most; '—' when there was nothing to average. */
export const seconds = (value: number | null): string => (value === null ? '—' : `${Number(value.toFixed(1))}`);

/** The call KPIs the report shows, in its order: the count ones, then rates, then times. */
export const CALL_KPI_KEYS = ['offered', 'answered', 'answeredWithin15s', 'abandoned', 'missed', 'connectRate', 'within15sRate', 'abandonWaitSec', 'asaSec', 'ahtSec', 'afterCallSec', 'outboundPlaced', 'outboundConnected', 'robotPlaced', 'robotConnected'] as const satisfies readonly (keyof CallKpiFigures)[];
export type CallKpiKey = (typeof CALL_KPI_KEYS)[number];

const RATES: readonly CallKpiKey[] = ['connectRate', 'within15sRate'];
const TIMES: readonly CallKpiKey[] = ['abandonWaitSec', 'asaSec', 'ahtSec', 'afterCallSec'];

/** One KPI as the page prints it. */
export function kpiText(figures: CallKpiFigures, key: CallKpiKey): string {
  const value = figures[key];
  if (RATES.includes(key)) return percent(value);
  if (TIMES.includes(key)) return seconds(value);
  return String(value ?? 0);
}

/** The current month so far, as the report's default period. */
export function monthSoFar(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}
