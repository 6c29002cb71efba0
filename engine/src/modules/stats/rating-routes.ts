import { ACCESS, SATISFACTION, satisfactionReportAnswer, satisfactionReportQuery, type SatisfactionKpis, type SatisfactionReportAnswer, type SatisfactionReportQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { KpiColumn, kpiRows, ReportSheet, reportRoutes } from '../imports/report-routes';
import { SATISFACTION_LABELS } from './group-labels';
import { RatingStats } from './rating-reader';

const GROUP_HEADERS = { agent: '坐席', type: '服务类型', area: '区域', day: '日期' } as const;
export const SATISFACTION_KPI_COLUMNS: KpiColumn<SatisfactionKpis>[] = [
  ['回访评价数', (k) => k.rated],
  ...SATISFACTION.map((s): KpiColumn<SatisfactionKpis> => [SATISFACTION_LABELS[s], (k) => k.satisfaction[s]]),
  ['满意率', (k) => k.satisfiedRate],
  ['不满意率', (k) => k.dissatisfiedRate],
];

/** The report as a worksheet (its own Excel, and a sheet of the monthly report's). */
export function satisfactionSheet(report: SatisfactionReportAnswer, query: SatisfactionReportQuery): ReportSheet {
  const { columns, rows } = kpiRows(GROUP_HEADERS[query.groupBy], SATISFACTION_KPI_COLUMNS, report.rows, report.total);
  rows.push([], ['回访留言（坐席）', '工单号', '时间', '服务类型', '满意度', '内容']);
  for (const c of report.comments) rows.push([c.agentName, c.caseNumber, c.at.toISOString(), c.serviceTypeName, SATISFACTION_LABELS[c.satisfaction], c.note]);
  return { name: '满意度统计', file: `满意度统计_${query.from}_${query.to}`, columns, rows };
}

/** 满意度统计: the five-level distribution by agent, type, area or day, with the return visits' comments, as JSON and as Excel. */
export function ratingRoutes(stats: Pick<RatingStats, 'report'>): RouteSpec[] {
  return reportRoutes({
    path: '/reports/satisfaction',
    summary: 'Satisfaction over a period: the cases closed on its days with a satisfaction level, by level, satisfied and dissatisfied rates, by agent (whoever opened the case at the desk, else did its first step), type, area or day, with the latest return-visit comments',
    sheetSummary: 'The satisfaction report as Excel: the same figures as GET /reports/satisfaction, a row per group and the total, then the comments',
    access: ACCESS.reports.read,
    query: satisfactionReportQuery,
    response: satisfactionReportAnswer,
    read: (query, user) => stats.report(query, user),
    sheet: satisfactionSheet,
  });
}
