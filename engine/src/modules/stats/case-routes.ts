import { ACCESS, BACKLOG_BANDS, caseReportAnswer, caseReportQuery, SATISFACTION, type BacklogCounts, type CaseKpis, type CaseReportAnswer, type CaseReportQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { KpiColumn, kpiRows, ReportSheet, reportRoutes } from '../imports/report-routes';
import { SATISFACTION_LABELS } from './group-labels';
import { CaseStats } from './case-reader';

const GROUP_HEADERS = { type: '服务类型', channel: '渠道', area: '区域', day: '日期', agent: '受理坐席' } as const;
export const CASE_KPI_COLUMNS: KpiColumn<CaseKpis>[] = [
  ['受理量', (k) => k.opened],
  ['办结量', (k) => k.closed],
  ['撤销量', (k) => k.canceled],
  ['按时办结率', (k) => k.onTimeRate],
  ['一次办结率', (k) => k.fcrRate],
  ['重办率', (k) => k.redoRate],
  ['短信网络3分钟响应率', (k) => k.replyRate],
  ['信箱24小时答复率', (k) => k.mailboxRate ?? null],
  ['平均办理时长(小时)', (k) => k.avgDurationHours],
  ['90%办理时长(小时)', (k) => k.p90DurationHours],
  ['催办量', (k) => k.urged],
  ['督办量', (k) => k.supervised],
  ...SATISFACTION.map((s): KpiColumn<CaseKpis> => [SATISFACTION_LABELS[s], (k) => k.satisfaction[s]]),
];
/** The backlog's age bands as the sheets and the monthly report name them. */
export const BAND_HEADERS = { under1d: '1天内', d1to3: '1-3天', d3to7: '3-7天', d7to15: '7-15天', over15d: '15天以上' } as const;

const backlogRow = (label: string, b: BacklogCounts) => [label, ...BACKLOG_BANDS.map((band) => String(b[band])), String(b.overdue), String(b.total)];

/** The report as a worksheet (its own Excel, and a sheet of the monthly report's). */
export function caseSheet(report: CaseReportAnswer, query: CaseReportQuery): ReportSheet {
  const { columns, rows } = kpiRows(GROUP_HEADERS[query.groupBy], CASE_KPI_COLUMNS, report.rows, report.total);
  // The backlog below, after an empty row: open cases now by age band, by service type.
  const bandHeaders = ['在办积压（服务类型）', ...BACKLOG_BANDS.map((band) => BAND_HEADERS[band]), '已超期', '合计'];
  rows.push([], bandHeaders, ...report.backlog.rows.map((r) => backlogRow(r.label, r)), backlogRow('合计', report.backlog.total));
  return { name: '工单统计', file: `工单统计_${query.from}_${query.to}`, columns, rows };
}

/** 工单统计: the case KPIs over a period and the open backlog as JSON, and the same figures as Excel. */
export function caseStatsRoutes(stats: Pick<CaseStats, 'report'>): RouteSpec[] {
  return reportRoutes({
    path: '/reports/cases',
    summary: 'Case KPIs over a period (opened, closed, on time, first-contact resolution, redo, duration, 催办/督办, satisfaction) by type, channel, area or day, and the open backlog by age',
    sheetSummary: 'The case report as Excel: the same figures as GET /reports/cases, a row of KPIs per group and the total, then the backlog',
    access: ACCESS.reports.read,
    query: caseReportQuery,
    response: caseReportAnswer,
    read: (query, user) => stats.report(query, user),
    sheet: caseSheet,
  });
}
