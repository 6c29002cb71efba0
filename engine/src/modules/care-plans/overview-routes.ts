import { ACCESS, careOverviewAnswer, careOverviewQuery, CareOutcome } from '@careflow/contracts';
import { currentUser, route, RouteSpec } from '../../http/route';
import { download } from '../imports/routes';
import { writeSheet } from '../imports/sheets';
import { localTime } from './times';
import { CareOverviewReader } from './overview';

const KIND_ZH = { care_call: '关怀电话', birthday: '生日祝福', reminder: '缴费/预约提醒', medication: '用药提醒', home_visit: '上门探视' } as const;
const CHANNEL_ZH = { agent: '坐席外呼', robot: '机器人外呼', visit: '上门探视' } as const;
const OUTCOME_ZH: Record<CareOutcome, string> = {
  pending: '进行中',
  fine: '平安',
  needs_help: '需要帮助',
  unreached: '未联系上',
  visited_fine: '探视平安',
  visit_needs_help: '探视需帮助',
  not_found: '探视未见到人',
  canceled: '已取消',
};
const COLUMNS = ['老人', '区域编码', '关怀类型', '关怀方式', '计划时间', '外呼次数', '电话未接通', '结果', '工单号'].map((header) => ({ header }));

/** The 关怀 page: the day's figures as JSON, and the day's occurrences as Excel. */
export function careOverviewRoutes(reader: CareOverviewReader, timeZone: string): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/care/overview',
      summary: 'The 关怀 page: a day’s care occurrences with their outcomes, elders not reached lately, active plans by area and kind',
      access: ACCESS.care.read,
      query: careOverviewQuery,
      response: careOverviewAnswer,
      handler: async (ctx, _body, query) => reader.read(query, currentUser(ctx)),
    }),
    route({
      method: 'get',
      path: '/care/overview.xlsx',
      summary: 'A day’s care occurrences and their outcomes as Excel',
      access: ACCESS.care.read,
      query: careOverviewQuery,
      handler: async (ctx, _body, query) => {
        const overview = await reader.read(query, currentUser(ctx));
        const rows = overview.day.map((r) => {
          const due = localTime(r.dueAt, timeZone);
          return [r.elderName, r.areaCode, KIND_ZH[r.kind], CHANNEL_ZH[r.channel], `${due.date} ${due.clock}`, String(r.tries), r.unreached ? '是' : '', r.escalating ? '升级处置中' : OUTCOME_ZH[r.outcome], r.caseNumber ?? ''];
        });
        return download(ctx, `主动关怀_${overview.date}`, await writeSheet('主动关怀', COLUMNS, rows));
      },
    }),
  ];
}
