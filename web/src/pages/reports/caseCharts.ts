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

/** Answers by satisfaction level: the closed cases' return visits, or a provider's evaluations. */
export function satisfactionOption(total: Pick<CaseReport['total'], 'satisfaction'> | undefined, t: TFunction) {
  return {
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: SATISFACTION.map((s) => ({ name: t(`reports.cases.satisfaction.${s}`), value: total?.satisfaction[s] ?? 0 })) }],
  };
}

/** Bars per group (the x axis) with one series per part, stacked when `stack` names the stack, grouped otherwise. */
export function barsOption(labels: string[], unit: string, series: { name: string; data: (number | null)[] }[], stack?: string) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 48, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name: unit },
    series: series.map((s) => ({ ...s, type: 'bar', ...(stack ? { stack } : {}) })),
  };
}

/** The open cases by service type, stacked by age band. */
export function backlogOption(rows: BacklogRow[], t: TFunction) {
  return barsOption(rows.map((r) => r.label), t('reports.cases.unitCases'), BACKLOG_BANDS.map((band) => ({ name: t(`reports.cases.band.${band}`), data: rows.map((r) => r[band]) })), 'age');
}

/** Answers by level, stacked per group (an agent, a type…). */
export function levelsOption(rows: { label: string; satisfaction: Record<(typeof SATISFACTION)[number], number> }[], t: TFunction) {
  return barsOption(rows.map((r) => r.label), t('reports.cases.unitCases'), SATISFACTION.map((s) => ({ name: t(`reports.cases.satisfaction.${s}`), data: rows.map((r) => r.satisfaction[s]) })), 'levels');
}
