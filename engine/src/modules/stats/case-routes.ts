import { ACCESS, BACKLOG_BANDS, caseReportAnswer, caseReportQuery, SATISFACTION, type BacklogCounts, type CaseKpis } from '@careflow/contracts';
import { currentUser, route, RouteSpec } from '../../http/route';
import { download } from '../imports/routes';
import { writeSheet } from '../imports/sheets';
import { CaseStats } from './case-reader';

const GROUP_HEADERS = { type: '服务类型', channel: '渠道', area: '区域', day: '日期' } as const;
const SAT_HEADERS: Record<(typeof SATISFACTION)[number], string> = { very_satisfied: '非常满意', satisfied: '满意', neutral: '一般', unsatisfied: '不满意', very_unsatisfied: '非常不满意' };
const KPI_COLUMNS: [string, (k: CaseKpis) => number | null][] = [
  ['受理量', (k) => k.opened],
  ['办结量', (k) => k.closed],
  ['撤销量', (k) => k.canceled],
  ['按时办结率', (k) => k.onTimeRate],
  ['一次办结率', (k) => k.fcrRate],
  ['重办率', (k) => k.redoRate],
  ['平均办理时长(小时)', (k) => k.avgDurationHours],
  ['90%办理时长(小时)', (k) => k.p90DurationHours],
  ['催办量', (k) => k.urged],
  ['督办量', (k) => k.supervised],
  ...SATISFACTION.map((s): [string, (k: CaseKpis) => number] => [SAT_HEADERS[s], (k) => k.satisfaction[s]]),
];
const BAND_HEADERS = { under1d: '1天内', d1to3: '1-3天', d3to7: '3-7天', d7to15: '7-15天', over15d: '15天以上' } as const;

const cells = (k: CaseKpis) => KPI_COLUMNS.map(([, value]) => (value(k) === null ? '' : String(value(k))));

/** 工单统计: the case KPIs over a period and the open backlog as JSON, and the same figures as Excel. */
export function caseStatsRoutes(stats: CaseStats): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/reports/cases',
      summary: 'Case KPIs over a period (opened, closed, on time, first-contact resolution, redo, duration, 催办/督办, satisfaction) by type, channel, area or day, and the open backlog by age',
      access: ACCESS.reports.read,
      query: caseReportQuery,
      response: caseReportAnswer,
      handler: async (ctx, _body, query) => stats.report(query, currentUser(ctx)),
    }),
    route({
      method: 'get',
      path: '/reports/cases.xlsx',
      summary: 'The case report as Excel: the same figures as GET /reports/cases, a sheet of KPIs per group and total, a sheet of the backlog',
      access: ACCESS.reports.read,
      query: caseReportQuery,
      handler: async (ctx, _body, query) => {
        const report = await stats.report(query, currentUser(ctx));
        const columns = [GROUP_HEADERS[query.groupBy], ...KPI_COLUMNS.map(([header]) => header)].map((header) => ({ header }));
        const rows = [...report.rows.map((r) => [r.label, ...cells(r)]), ['合计', ...cells(report.total)]];
        // The backlog below, after an empty row: open cases now by age band, by service type.
        const backlog = (label: string, b: BacklogCounts) => [label, ...BACKLOG_BANDS.map((band) => String(b[band])), String(b.overdue), String(b.total)];
        rows.push([], ['在办积压（服务类型）', ...BACKLOG_BANDS.map((band) => BAND_HEADERS[band]), '已超期', '合计'], ...report.backlog.rows.map((r) => backlog(r.label, r)), backlog('合计', report.backlog.total));
        return download(ctx, `工单统计_${query.from}_${query.to}`, await writeSheet('工单统计', columns, rows));
      },
    }),
  ];
}
