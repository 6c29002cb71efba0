import { parseAlarmButtons } from './inbound/alarm-buttons';
import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { casesModule } from '../cases';
import { tasksModule } from '../tasks';
import { AgentStateEntity } from './agents/entities';
import { telephonyAudience } from './audience';
import { CallEntity } from './entities';
import { startInbound } from './inbound';
import { PopEntity, TelephonyEventEntity } from './inbound/entities';
import { Calls1765800000000 } from './migrations/1765800000000-calls';
import { InboundTelephony1766000800000 } from './migrations/1766000800000-inbound-telephony';
import { TelephonyEventResults1766200600000 } from './migrations/1766200600000-telephony-event-results';
import { AgentCurrentPop1766400000000 } from './migrations/1766400000000-agent-current-pop';
import { CallLog1767800000300 } from './migrations/1767800000300-call-log';
import { MissedCallEntity } from './missed/entities';
import { missedCallRoutes } from './missed/routes';
import { MissedCalls } from './missed/service';
import { callRoutes, simulatorRoutes } from './routes';
import { CallService } from './service';
import { webhookRoutes } from './webhook';
import { deskWorker } from './inbound/desk-worker';

export { CallEntity };

/** 话务: call records, the call simulator, the CCaaS webhook, and inbound calls, alarms, screen pops and agent states. */
export const telephonyModule = defineModule({
  name: 'telephony',
  entities: [CallEntity, TelephonyEventEntity, AgentStateEntity, PopEntity, MissedCallEntity],
  migrations: [Calls1765800000000, InboundTelephony1766000800000, TelephonyEventResults1766200600000, AgentCurrentPop1766400000000, CallLog1767800000300],
  needs: { areas: areasModule, cases: casesModule, tasks: tasksModule },
  start: ({ dataSource, live, timeline, logger, config }, uses) => {
    const { areas } = uses.areas;
    const calls = new CallService(dataSource, live, areas);
    const missedCalls = new MissedCalls(dataSource, areas, calls);
    const alarm = { serviceType: config.env.ALARM_SERVICE_TYPE, dedupSeconds: config.env.ALARM_DEDUP_SECONDS, buttons: parseAlarmButtons(config.env.ALARM_BUTTONS) };
    const inbound = startInbound({
      ...{ dataSource, live, areas, cases: uses.cases.cases, tasks: uses.tasks.tasks, timeline, logger, alarm },
      switchSecrets: config.env.TELEPHONY_SWITCH_SECRETS,
      wrapUpSeconds: config.env.AFTER_CALL_SECONDS,
    });
    return {
      gives: { calls, missedCalls, agents: inbound.agents },
      routes: [...missedCallRoutes(missedCalls), ...callRoutes(calls), ...simulatorRoutes(calls), ...webhookRoutes(calls, config.env.TELEPHONY_WEBHOOK_SECRET), ...inbound.routes],
      workers: [deskWorker(inbound.inbound.desk, inbound.agents, live, logger)],
      audience: telephonyAudience,
    };
  },
});
