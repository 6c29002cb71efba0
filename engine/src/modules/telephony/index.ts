import { DataSource } from 'typeorm';
import { RouteSpec } from '../../http/route';
import { AreaService } from '../areas/service';
import { LiveEvents } from '../live/events';
import { callRoutes, simulatorRoutes } from './routes';
import { CallService } from './service';
import { webhookRoutes } from './webhook';

export { CallEntity } from './entities';

/** Telephony: call records, the call simulator and the CCaaS webhook (issue 8 adds inbound events here). */
export function telephonyModule(deps: { dataSource: DataSource; live: LiveEvents; areas: AreaService; webhookSecret?: string }): { calls: CallService; routes: RouteSpec[] } {
  const calls = new CallService(deps.dataSource, deps.live, deps.areas);
  return { calls, routes: [...callRoutes(calls), ...simulatorRoutes(calls), ...webhookRoutes(calls, deps.webhookSecret)] };
}
