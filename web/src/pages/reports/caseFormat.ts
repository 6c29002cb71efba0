import type { CaseKpiFigures } from '../../api/case-reports';
import { percent } from './format';

/** The case KPIs the report shows, in its order: counts, rates, times, escalations. */
export const CASE_KPI_KEYS = ['opened', 'closed', 'canceled', 'onTimeRate', 'fcrRate', 'redoRate', 'replyRate', 'mailboxRate', 'avgDurationHours', 'p90DurationHours', 'urged', 'supervised'] as const satisfies readonly (keyof CaseKpiFigures)[];
export type CaseKpiKey = (typeof CASE_KPI_KEYS)[number];

const RATES: readonly CaseKpiKey[] = ['onTimeRate', 'fcrRate', 'redoRate', 'replyRate', 'mailboxRate'];
const HOURS: readonly CaseKpiKey[] = ['avgDurationHours', 'p90DurationHours'];

/** One case KPI as the page prints it. */
export function caseKpiText(figures: CaseKpiFigures, key: CaseKpiKey): string {
  // A monthly report archived before a KPI was counted lacks it: shown as a dash, like a rate over nothing.
  const value = figures[key] ?? null;
  if (RATES.includes(key)) return percent(value);
  if (HOURS.includes(key)) return value === null ? '—' : `${Number(value.toFixed(1))}`;
  return String(value ?? 0);
}
