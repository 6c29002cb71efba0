import { OutboundPolicy } from '@careflow/connectors';
import { DataSource } from 'typeorm';
import { EngineConfig } from '../config';
import { LiveEvents } from '../live/events';
import { Logger } from '../logger';
import { AuditLog } from '../modules/audit/service';
import { CaseTimeline } from '../modules/cases/timeline';
import { ProcessEngineLink } from '../operaton/engine-info';
import { InProcessConnectors, Platform } from './module';
import { createOperatonRuntime } from './operaton';

export interface PlatformDeps {
  config: EngineConfig;
  dataSource: DataSource;
  logger: Logger;
  processEngine: ProcessEngineLink;
  connectors: InProcessConnectors;
}

/** Builds the shared parts every module may use; nothing runs until the engine starts the Operaton loops. */
export function createPlatform(deps: PlatformDeps): Platform {
  const { config, dataSource, logger } = deps;
  const audit = new AuditLog(dataSource);
  const timeline = new CaseTimeline(dataSource);
  const live = new LiveEvents(config.http.checkResponses);
  return {
    ...deps,
    audit,
    timeline,
    live,
    outbound: new OutboundPolicy(config.outbound.allowHosts),
    operaton: createOperatonRuntime({ dataSource, rest: deps.processEngine.rest, logger, timeline, audit, live }),
  };
}
