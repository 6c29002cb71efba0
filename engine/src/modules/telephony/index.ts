import { DataSource } from 'typeorm';
import { RouteSpec } from '../../http/route';
import { Logger } from '../../logger';
import { AreaService } from '../areas/service';
import { CaseService } from '../cases/service';
import { CaseTimeline } from '../cases/timeline';
import { LiveEvents } from '../live/events';
import { inboundModule } from './inbound';
import { callRoutes, simulatorRoutes } from './routes';
import { CallService } from './service';
import { webhookRoutes } from './webhook';

export { CallEntity } from './entities';

export interface TelephonyDeps {
  dataSource: DataSource;
  live: LiveEvents;
  areas: AreaService;
  webhookSecret?: string;
  /** Inbound calls and alarms (issue 8). */
  inbound: { cases: CaseService; timeline: CaseTimeline; logger: Logger; switchSecrets?: string; alarm: { serviceType: string; dedupSeconds: number } };
}

/** Telephony: call records, the call simulator, the CCaaS webhook, and inbound calls, alarms, pops and agent states. */
export function telephonyModule(deps: TelephonyDeps): { calls: CallService; routes: RouteSpec[] } {
  const calls = new CallService(deps.dataSource, deps.live, deps.areas);
  const inbound = inboundModule({ dataSource: deps.dataSource, live: deps.live, areas: deps.areas, ...deps.inbound });
  return { calls, routes: [...callRoutes(calls), ...simulatorRoutes(calls), ...webhookRoutes(calls, deps.webhookSecret), ...inbound.routes] };
}
