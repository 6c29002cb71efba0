import type { TFunction } from 'i18next';
import type { ProviderReportRow } from '../../api/provider-reports';

/** Orders by how they ended, stacked per group, with the satisfied rate on its own axis. */
export function ordersOption(rows: ProviderReportRow[], t: TFunction) {
  const bars = (['done', 'rejected', 'expired', 'canceled'] as const).map((k) => ({ name: t(`reports.providers.kpi.${k}`), type: 'bar', stack: 'orders', data: rows.map((r) => r[k]) }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 48, right: 48, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: [{ type: 'value', name: t('reports.providers.unitOrders') }, { type: 'value', name: '%', max: 100 }],
    series: [...bars, { name: t('reports.providers.kpi.satisfiedRate'), type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.satisfiedRate === null ? null : Number((r.satisfiedRate * 100).toFixed(1)))) }],
  };
}
