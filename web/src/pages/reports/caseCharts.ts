import { BACKLOG_BANDS, SATISFACTION } from '@careflow/contracts';
import type { TFunction } from 'i18next';
import type { BacklogRow, CaseReport, CaseReportRow } from '../../api/case-reports';

/** Opened, closed and canceled by the chosen group, with the on-time rate on its own axis. */
export function openedClosedOption(rows: CaseReportRow[], t: TFunction) {
  const bars = (['opened', 'closed', 'canceled'] as const).map((k) => ({ name: t(`reports.cases.kpi.${k}`), type: 'bar', data: rows.map((r) => r[k]) }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 48, right: 48, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: [{ type: 'value', name: t('reports.cases.unitCases') }, { type: 'value', name: '%', max: 100 }],
    series: [...bars, { name: t('reports.cases.kpi.onTimeRate'), type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.onTimeRate === null ? null : Number((r.onTimeRate * 100).toFixed(1)))) }],
  };
}

/** The closed cases by the satisfaction their return visit recorded. */
export function satisfactionOption(total: CaseReport['total'] | undefined, t: TFunction) {
  return {
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: SATISFACTION.map((s) => ({ name: t(`reports.cases.satisfaction.${s}`), value: total?.satisfaction[s] ?? 0 })) }],
  };
}

/** The open cases by service type, stacked by age band. */
export function backlogOption(rows: BacklogRow[], t: TFunction) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 48, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', name: t('reports.cases.unitCases') },
    series: BACKLOG_BANDS.map((band) => ({ name: t(`reports.cases.band.${band}`), type: 'bar', stack: 'age', data: rows.map((r) => r[band]) })),
  };
}
