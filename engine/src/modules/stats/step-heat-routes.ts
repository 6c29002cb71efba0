import { ACCESS, stepHeatAnswer, stepHeatQuery } from '@careflow/contracts';
import { param, route, RouteSpec } from '../../http/route';
import { StepHeatReader } from './step-heat';

/** 流程热度: per step of a service type's process, runs, time spent and late tasks, for the overlay on its diagram. */
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
  ];
}
