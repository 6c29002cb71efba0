import { Zeebe } from '@camunda8/sdk';
import { OutboundPolicy } from '../outbound/policy';
import { selectConnectors } from '../registry';
import { HttpEngineClient, passwordSignIn } from '../runtime/engine-client';
import { SecretStore } from '../runtime/secrets';
import { startConnectorWorkers } from '../runtime/workers';
import { connectorProcessConfig } from './process-config';

/**
 * `npm run connectors`: the connectors as a process of their own, against the same Zeebe and
 * engine, for scale-out. Run the engine with CONNECTORS_ENABLED=none (or a subset) beside it.
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
  const zeebe = new Zeebe.ZeebeGrpcClient({
    config: { ZEEBE_GRPC_ADDRESS: `grpc://${config.zeebeAddress}`, CAMUNDA_AUTH_STRATEGY: 'NONE', CAMUNDA_LOG_LEVEL: 'none', zeebeGrpcSettings: { ZEEBE_CLIENT_LOG_LEVEL: 'NONE' } },
  });
  const descriptors = selectConnectors(config.enabled);
  const running = startConnectorWorkers(zeebe, descriptors, {
    logger,
    maxJobsActive: config.maxJobsActive,
    engine: new HttpEngineClient(config.engineUrl, passwordSignIn(config.engineUrl, config.username, config.password)),
    secrets: new SecretStore(process.env, config.secretsFile),
    outbound: new OutboundPolicy(config.outboundAllowHosts),
    incidents: { holdMs: config.incidentHoldMs },
  });
  logger.info({ jobTypes: running.jobTypes, engine: config.engineUrl }, 'connectors started');
  const stop = async () => {
    await running.close();
    await zeebe.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main();
