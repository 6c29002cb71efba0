import { OutboundPolicy } from '../outbound/policy';
import { selectConnectors } from '../registry';
import { HttpEngineClient, passwordSignIn } from '../runtime/engine-client';
import { startExternalTaskWorkers } from '../runtime/external-task';
import { SecretStore } from '../runtime/secrets';
import { startOutboxSenderFor } from '../sms/outbox-sender';
import { connectorProcessConfig } from './process-config';

/**
 * `npm run connectors`: the connectors as a process of their own, for scale-out: external-task
 * workers against the process engine (Operaton, PROCESS_ENGINE_URL), calling the same CareFlow
 * engine. Run the engine with CONNECTORS_ENABLED=none (or a subset) beside it.
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
  const engine = new HttpEngineClient(config.engineUrl, passwordSignIn(config.engineUrl, config.username, config.password));
  const running = startExternalTaskWorkers(config.processEngine.restUrl, descriptors, {
    logger,
    engine,
    secrets: new SecretStore(process.env, config.secretsFile),
    outbound: new OutboundPolicy(config.outboundAllowHosts),
    maxTasksActive: config.maxJobsActive,
    settings: config,
    headers: config.processEngine.headers,
  });
  // The messages the engine queues itself (催办/督办 copies) are sent by the process that runs the SMS connector.
  const outboxSender = startOutboxSenderFor(descriptors, { engine, settings: config.sms, logger });
  logger.info({ topics: running.topics, processEngine: config.processEngine.restUrl, engine: config.engineUrl }, 'connectors started');
  const exit = async () => {
    await outboxSender?.close();
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void exit());
  process.once('SIGTERM', () => void exit());
}

main();
