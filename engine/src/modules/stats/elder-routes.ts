import { ACCESS, elderReportAnswer, elderReportQuery, type ElderKpis, type ElderReportAnswer, type ElderReportQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { KpiColumn, kpiRows, ReportSheet, reportRoutes } from '../imports/report-routes';
import { ElderStats } from './elder-reader';

const GROUP_HEADERS = { category: '补贴类别', area: '区域', living: '居住情况', ageBand: '年龄段' } as const;
export const ELDER_KPI_COLUMNS: KpiColumn<ElderKpis>[] = [
  ['在册老人', (k) => k.registered],
  ['期间服务老人', (k) => k.served],
  ['服务覆盖率', (k) => k.servedRate],
  ['新增登记', (k) => k.added],
  ['迁出', (k) => k.moved],
  ['去世', (k) => k.deceased],
];

/** The report as a worksheet (its own Excel, and a sheet of the monthly report's). */
export function elderSheet(report: ElderReportAnswer, query: ElderReportQuery): ReportSheet {
  return { name: '老人统计', file: `老人统计_${query.from}_${query.to}`, ...kpiRows(GROUP_HEADERS[query.groupBy], ELDER_KPI_COLUMNS, report.rows, report.total) };
}

/** 老人统计: the registry and the elders served by category, area, living situation or age band, as JSON and as Excel. */
export function elderStatsRoutes(stats: Pick<ElderStats, 'report'>): RouteSpec[] {
  return reportRoutes({
    path: '/reports/elders',
    summary: 'Elders over a period: on the registry now, served (a case opened on its days), newly registered, moved and deceased on its days, and the served rate, by subsidy category, area (one level below the filter’s), living situation or age band (by birth year at the period’s end)',
    sheetSummary: 'The elders report as Excel: the same figures as GET /reports/elders, a row per group and the total',
    access: ACCESS.reports.read,
    query: elderReportQuery,
    response: elderReportAnswer,
    read: (query, user) => stats.report(query, user),
    sheet: elderSheet,
  });
}
