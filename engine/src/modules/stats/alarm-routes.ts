import { ACCESS, emergencyReportAnswer, emergencyReportQuery, type EmergencyKpis, type EmergencyReportAnswer, type EmergencyReportQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { KpiColumn, kpiRows, ReportSheet, reportRoutes } from '../imports/report-routes';
import { EmergencyStats } from './alarm-reader';

const GROUP_HEADERS = { button: '按键', type: '服务类型', area: '区域', day: '日期' } as const;
export const EMERGENCY_KPI_COLUMNS: KpiColumn<EmergencyKpis>[] = [
  ['报警数', (k) => k.alarms],
  ['误报数', (k) => k.falseAlarms],
  ['撤销数', (k) => k.canceled],
  ['误报率', (k) => k.falseAlarmRate],
  ['已回拨', (k) => k.callback.count],
  ['平均回拨用时(秒)', (k) => k.callback.avgSec],
  ['已派单', (k) => k.dispatch.count],
  ['平均派单用时(秒)', (k) => k.dispatch.avgSec],
  ['已接单', (k) => k.accepted.count],
  ['平均接单用时(秒)', (k) => k.accepted.avgSec],
  ['已到场', (k) => k.onSite.count],
  ['平均到场用时(秒)', (k) => k.onSite.avgSec],
];

/** The report as a worksheet (its own Excel, and a sheet of the monthly report's). */
export function emergencySheet(report: EmergencyReportAnswer, query: EmergencyReportQuery): ReportSheet {
  return { name: '应急响应', file: `应急响应_${query.from}_${query.to}`, ...kpiRows(GROUP_HEADERS[query.groupBy], EMERGENCY_KPI_COLUMNS, report.rows, report.total) };
}

/** 应急响应: alarms, false alarms and the response times from the alarm, as JSON and as Excel. */
export function emergencyStatsRoutes(stats: Pick<EmergencyStats, 'report'>): RouteSpec[] {
  return reportRoutes({
    path: '/reports/emergency',
    summary: 'Emergency response over a period: the ended alarm cases raised on its days, false alarms, and the mean time from the alarm to the callback, the dispatch, the acceptance and the worker on site, by button, type, area or day',
    sheetSummary: 'The emergency response report as Excel: the same figures as GET /reports/emergency, a row per group and the total',
    access: ACCESS.reports.read,
    query: emergencyReportQuery,
    response: emergencyReportAnswer,
    read: (query, user) => stats.report(query, user),
    sheet: emergencySheet,
  });
}
