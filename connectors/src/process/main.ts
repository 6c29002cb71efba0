import { Zeebe } from '@camunda8/sdk';
import { OutboundPolicy } from '../outbound/policy';
import { selectConnectors } from '../registry';
import { HttpEngineClient, passwordSignIn } from '../runtime/engine-client';
import { startExternalTaskWorkers } from '../runtime/external-task';
import { SecretStore } from '../runtime/secrets';
import { startConnectorWorkers } from '../runtime/workers';
import { connectorProcessConfig } from './process-config';

/**
 * `npm run connectors`: the connectors as a process of their own, for scale-out: external-task
 * workers against the process engine (Operaton, PROCESS_ENGINE_URL), or while cases still run on
 * Zeebe its job workers (ZEEBE_ADDRESS), calling the same CareFlow engine. Run the engine with
 * CONNECTORS_ENABLED=none (or a subset) beside it.
 */
function main(): void {
  let config;
  try {
    config = connectorProcessConfig(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const log = (level: string) => (obj: object, msg: string) => process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg, ...obj })}\n`);
  const logger = { info: log('info'), warn: log('warn') };
  const descriptors = selectConnectors(config.enabled);
  const deps = {
    logger,
    engine: new HttpEngineClient(config.engineUrl, passwordSignIn(config.engineUrl, config.username, config.password)),
    secrets: new SecretStore(process.env, config.secretsFile),
    outbound: new OutboundPolicy(config.outboundAllowHosts),
  };
  const pe = config.processEngine;
  let stop: () => Promise<void>;
  if (pe.kind === 'operaton') {
    const running = startExternalTaskWorkers(pe.restUrl, descriptors, { ...deps, maxTasksActive: config.maxJobsActive, headers: pe.headers });
    logger.info({ topics: running.topics, processEngine: pe.restUrl, engine: config.engineUrl }, 'connectors started');
    stop = () => running.close();
  } else {
    const zeebe = new Zeebe.ZeebeGrpcClient({
      config: { ZEEBE_GRPC_ADDRESS: `grpc://${pe.address}`, CAMUNDA_AUTH_STRATEGY: 'NONE', CAMUNDA_LOG_LEVEL: 'none', zeebeGrpcSettings: { ZEEBE_CLIENT_LOG_LEVEL: 'NONE' } },
    });
    const running = startConnectorWorkers(zeebe, descriptors, { ...deps, maxJobsActive: config.maxJobsActive, incidents: { holdMs: config.incidentHoldMs } });
    logger.info({ jobTypes: running.jobTypes, engine: config.engineUrl }, 'connectors started');
    stop = async () => {
      await running.close();
      await zeebe.close();
    };
  }
  const exit = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void exit());
  process.once('SIGTERM', () => void exit());
}

main();
