import { ACCESS, callReportAnswer, callReportQuery, type CallKpis, type CallReportAnswer, type CallReportQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { KpiColumn, kpiRows, ReportSheet, reportRoutes } from '../imports/report-routes';
import { CallStats } from './reader';

const GROUP_HEADERS = { day: '日期', hour: '小时', agent: '坐席', area: '区域' } as const;
export const CALL_KPI_COLUMNS: KpiColumn<CallKpis>[] = [
  ['呼入量', (k) => k.offered],
  ['人工接通量', (k) => k.answered],
  ['15秒内接通量', (k) => k.answeredWithin15s],
  ['排队放弃量', (k) => k.abandoned],
  ['振铃未接量', (k) => k.missed],
  ['接通率', (k) => k.connectRate],
  ['15秒接通率', (k) => k.within15sRate],
  ['放弃前平均等待(秒)', (k) => k.abandonWaitSec],
  ['平均应答时长(秒)', (k) => k.asaSec],
  ['平均处理时长(秒)', (k) => k.ahtSec],
  ['平均话后处理(秒)', (k) => k.afterCallSec],
  ['坐席外呼量', (k) => k.outboundPlaced],
  ['坐席外呼接通量', (k) => k.outboundConnected],
  ['机器人外呼量', (k) => k.robotPlaced],
  ['机器人外呼接通量', (k) => k.robotConnected],
];

/** The report as a worksheet (its own Excel, and a sheet of the monthly report's). */
export function callSheet(report: CallReportAnswer, query: CallReportQuery): ReportSheet {
  return { name: '话务统计', file: `话务统计_${query.from}_${query.to}`, ...kpiRows(GROUP_HEADERS[query.groupBy], CALL_KPI_COLUMNS, report.rows, report.total) };
}

/** 话务统计: the call KPIs over a period as JSON, and the same figures as Excel. */
export function statsRoutes(stats: Pick<CallStats, 'report'>): RouteSpec[] {
  return reportRoutes({
    path: '/reports/calls',
    summary: 'Call KPIs over a period (GB/T 33358-2016), by day, hour, agent or area, and inbound calls by hour of day',
    sheetSummary: 'The call report as Excel: the same figures as GET /reports/calls, a row per group and the total',
    access: ACCESS.reports.read,
    query: callReportQuery,
    response: callReportAnswer,
    read: (query, user) => stats.report(query, user),
    sheet: callSheet,
  });
}
