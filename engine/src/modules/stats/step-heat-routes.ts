import { ACCESS, showsHeat, stepHeatAnswer, stepHeatQuery, type StepHeatAnswer } from '@careflow/contracts';
import { param, route, RouteSpec } from '../../http/route';
import { sheetDownload, type ReportSheet } from '../imports/report-routes';
import { round } from './rollup-read';
import { StepHeatReader } from './step-heat';

const hours = (sec: number | null) => (sec === null ? '' : String(round(sec / 3600, 2)));

/** The heat as a worksheet: a row per step the diagram shows it on, times in hours. */
export function stepHeatSheet(heat: StepHeatAnswer, serviceType: string): ReportSheet {
  const headers = ['环节', '完成次数', '进行中', '用时中位数（小时）', '用时P90（小时）', '超时任务'];
  return {
    name: '流程热度',
    file: `流程热度_${serviceType}_${heat.from}_${heat.to}`,
    columns: headers.map((header) => ({ header })),
    rows: heat.steps.filter(showsHeat).map((s) => [s.name ?? s.elementId, String(s.passed), String(s.open), hours(s.medianSec), hours(s.p90Sec), String(s.overdue)]),
  };
}

/** 流程热度: per step of a service type's process, runs, time spent and late tasks, for the overlay on its diagram, and as Excel. */
export function stepHeatRoutes(reader: StepHeatReader): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/reports/step-heat/:serviceType',
      summary: 'The SLA heat of a service type’s process over a period: per step, runs ended and open, median and p90 time spent, tasks late (from the process engine’s history)',
      access: ACCESS.reports.read,
      query: stepHeatQuery,
      response: stepHeatAnswer,
      handler: async (ctx, _body, query) => reader.read(param(ctx, 'serviceType'), query),
    }),
    route({
      method: 'get',
      path: '/reports/step-heat/:serviceType/xlsx',
      summary: 'The SLA heat as Excel: the same figures as GET /reports/step-heat/:serviceType, a row per step that takes time and ran in the period, times in hours',
      access: ACCESS.reports.read,
      query: stepHeatQuery,
      handler: async (ctx, _body, query) => {
        const serviceType = param(ctx, 'serviceType');
        return sheetDownload(ctx, stepHeatSheet(await reader.read(serviceType, query), serviceType));
      },
    }),
  ];
}
