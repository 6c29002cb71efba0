import { ACCESS, providerReportAnswer, providerReportQuery, SATISFACTION, type ProviderKpis, type ProviderReportAnswer, type ProviderReportQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { KpiColumn, kpiRows, ReportSheet, reportRoutes } from '../imports/report-routes';
import { SATISFACTION_LABELS } from './group-labels';
import { ProviderStats } from './provider-reader';

const GROUP_HEADERS = { provider: '服务商', item: '服务项目', area: '区域', day: '日期' } as const;
/** Fen as yuan; absent (a monthly report made before amounts were counted) as an empty cell. */
const inYuan = (fen: number | undefined) => (fen === undefined ? null : fen / 100);
const SOURCE_LABELS = { return_visit: '回访', complaint: '投诉' } as const;
export const PROVIDER_KPI_COLUMNS: KpiColumn<ProviderKpis>[] = [
  ['派单量', (k) => k.orders],
  ['接单量', (k) => k.accepted],
  ['拒单量', (k) => k.rejected],
  ['超时未接量', (k) => k.expired],
  ['取消量', (k) => k.canceled],
  ['完成量', (k) => k.done],
  ['拒单率', (k) => k.rejectionRate],
  ['平均接单用时(分钟)', (k) => k.avgAcceptMinutes],
  ['平均服务用时(分钟)', (k) => k.avgWorkMinutes],
  ['按时完成率', (k) => k.onTimeRate],
  ['评价数', (k) => k.evaluations],
  ...SATISFACTION.map((s): KpiColumn<ProviderKpis> => [SATISFACTION_LABELS[s], (k) => k.satisfaction[s]]),
  ['满意率', (k) => k.satisfiedRate],
  ['投诉数', (k) => k.complaints],
  ['服务金额(元)', (k) => inYuan(k.amount)],
  ['政府补贴(元)', (k) => inYuan(k.subsidy)],
  ['个人自付(元)', (k) => inYuan(k.elderShare)],
];

/** The report as a worksheet (its own Excel, and a sheet of the monthly report's). */
export function providerSheet(report: ProviderReportAnswer, query: ProviderReportQuery): ReportSheet {
  const { columns, rows } = kpiRows(GROUP_HEADERS[query.groupBy], PROVIDER_KPI_COLUMNS, report.rows, report.total);
  rows.push([], ['评价留言（服务商）', '时间', '来源', '满意度', '投诉', '内容', '记录人']);
  for (const c of report.comments) rows.push([c.providerName, c.at.toISOString(), SOURCE_LABELS[c.source], c.satisfaction ? SATISFACTION_LABELS[c.satisfaction] : '', c.complaint ? '是' : '', c.note, c.recordedByName]);
  return { name: '服务商统计', file: `服务商统计_${query.from}_${query.to}`, columns, rows };
}

/** 服务商统计: orders, accept and work times, satisfaction and complaints per provider, as JSON and as Excel (with the comments). */
export function providerStatsRoutes(stats: Pick<ProviderStats, 'report'>): RouteSpec[] {
  return reportRoutes({
    path: '/reports/providers',
    summary: 'Provider figures over a period: the orders dispatched on its days that have ended (accepted, rejected, expired, canceled, done), rejection rate, mean accept and work minutes, on-time work, and the evaluations recorded (satisfaction, complaints), by provider, item, area or day, with the latest comments',
    sheetSummary: 'The providers report as Excel: the same figures as GET /reports/providers, a row per group and the total, then the comments',
    access: ACCESS.reports.read,
    query: providerReportQuery,
    response: providerReportAnswer,
    read: (query, user) => stats.report(query, user),
    sheet: providerSheet,
  });
}
