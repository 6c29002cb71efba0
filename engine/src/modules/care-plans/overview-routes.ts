import { ACCESS, careOverviewAnswer, careOverviewQuery } from '@careflow/contracts';
import type { RouteSpec } from '../../http/route';
import { reportRoutes } from '../imports/report-routes';
import { CHANNEL_LABELS, KIND_LABELS, OUTCOME_LABELS } from './labels';
import { localTime } from './times';
import { CareOverviewReader } from './overview';

const COLUMNS = ['老人', '区域编码', '关怀类型', '关怀方式', '计划时间', '外呼次数', '电话未接通', '结果', '工单号'].map((header) => ({ header }));

/** The 关怀 page: the day's figures as JSON, and the day's occurrences as Excel. */
export function careOverviewRoutes(reader: CareOverviewReader, timeZone: string): RouteSpec[] {
  return reportRoutes({
    path: '/care/overview',
    summary: 'The 关怀 page: a day’s care occurrences with their outcomes, elders not reached lately, active plans by area and kind',
    sheetSummary: 'A day’s care occurrences and their outcomes as Excel',
    access: ACCESS.care.read,
    query: careOverviewQuery,
    response: careOverviewAnswer,
    read: (query, user) => reader.read(query, user),
    sheet: (overview) => {
      const rows = overview.day.map((r) => {
        const due = localTime(r.dueAt, timeZone);
        return [r.elderName, r.areaCode, KIND_LABELS[r.kind], CHANNEL_LABELS[r.channel], `${due.date} ${due.clock}`, String(r.tries), r.unreached ? '是' : '', r.escalating ? '升级处置中' : OUTCOME_LABELS[r.outcome], r.caseNumber ?? ''];
      });
      return { name: '主动关怀', file: `主动关怀_${overview.date}`, columns: COLUMNS, rows };
    },
  });
}
