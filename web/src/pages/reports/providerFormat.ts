import { yuanFigure } from '@careflow/contracts';
import type { ProviderKpiFigures } from '../../api/provider-reports';
import { percent } from './format';

/** The provider KPIs the report shows, in its order: orders by outcome, rates and times, then evaluations. */
export const PROVIDER_KPI_KEYS = ['orders', 'accepted', 'rejected', 'expired', 'canceled', 'done', 'rejectionRate', 'avgAcceptMinutes', 'avgWorkMinutes', 'onTimeRate', 'evaluations', 'satisfiedRate', 'complaints', 'amount', 'subsidy', 'elderShare'] as const satisfies readonly (keyof ProviderKpiFigures)[];
export type ProviderKpiKey = (typeof PROVIDER_KPI_KEYS)[number];

const RATES: readonly ProviderKpiKey[] = ['rejectionRate', 'onTimeRate', 'satisfiedRate'];
const MINUTES: readonly ProviderKpiKey[] = ['avgAcceptMinutes', 'avgWorkMinutes'];
/** Fen, shown as yuan; absent from monthly reports made before amounts were counted. */
const MONEY: readonly ProviderKpiKey[] = ['amount', 'subsidy', 'elderShare'];

/** One provider KPI as the page prints it. */
export function providerKpiText(figures: ProviderKpiFigures, key: ProviderKpiKey): string {
  const value = figures[key] ?? null;
  if (RATES.includes(key)) return percent(value);
  if (MINUTES.includes(key)) return value === null ? '—' : `${Number(value.toFixed(1))}`;
  if (MONEY.includes(key)) return value === null ? '—' : yuanFigure(value);
  return String(value ?? 0);
}
