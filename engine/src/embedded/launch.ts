import { connectorsConfig, connectorsEnvSchema, selectConnectors } from '@careflow/connectors';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, EngineConfig, loadEngineConfig } from '../config';
import { parseEnv } from '../config/env';
import { describeDatabase, openDatabase } from '../db/data-source';
import { RunningEngine, startEngine } from '../engine';
import { createLogger } from '../logger';
import { createZeebeClient, withTimeout, ZeebeClient } from '../zeebe/client';
import { EmbeddedBroker } from './broker';
import { acquireInstanceLock, assertPortFree } from './instance-lock';
import { startLocalZeebe } from './local-zeebe';
import { ProcessEngineStart } from './operaton/process-engine';

/** Reads both packages' configuration, so one run reports every problem. */
function loadConfig() {
  const problems: string[] = [];
  let engine: EngineConfig | undefined;
  let connectors;
  try {
    engine = loadEngineConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    problems.push(...e.problems);
  }
  try {
    connectors = connectorsConfig(parseEnv(connectorsEnvSchema, process.env));
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    problems.push(...e.problems);
  }
  if (problems.length > 0 || !engine || !connectors) throw new ConfigError(problems);
  return { engine, connectors };
}

async function waitForZeebe(zeebe: ZeebeClient, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const topology = await withTimeout(zeebe.topology(), 5000, 'Zeebe gateway');
      return topology.gatewayVersion;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Zeebe did not answer: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/**
 * `npm start`: the process engine (unless PROCESS_ENGINE_URL), the database, the engine and the
 * connectors; and, beside the process engine, the Zeebe broker (unless ZEEBE_ADDRESS) only while
 * CASE_PROCESS_ENGINE=zeebe.
 */
export async function launch(): Promise<void> {
  const began = Date.now();
  const { engine: config, connectors: connectorsConf } = loadConfig();
  const logger = createLogger(config.env.LOG_LEVEL);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let broker: EmbeddedBroker | undefined;
  let processEngine: ProcessEngineStart | undefined;
  let dataSource: DataSource | undefined;
  let zeebe: ZeebeClient | undefined;
  let engine: RunningEngine | undefined;
  let releaseLock: (() => void) | undefined;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const started = broker !== undefined || dataSource !== undefined || processEngine !== undefined;
      if (started) say('Stopping CareFlow…');
      await engine?.stop().catch((e: unknown) => logger.error({ err: e }, 'engine stop failed'));
      await zeebe?.close().catch(() => undefined);
      await dataSource?.destroy().catch(() => undefined);
      await Promise.all([broker?.stop(), processEngine?.stop()]);
      releaseLock?.();
      if (started) say('CareFlow stopped.');
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stop().then(() => process.exit(0)));
  }

  try {
    releaseLock = acquireInstanceLock(config.dataDir);
    await assertPortFree(config.http.host, config.http.port);
    // Beside the broker, not after it: the two Java start-ups overlap.
    processEngine = new ProcessEngineStart(config, say);
    // The broker only while a deployment still runs its cases on Zeebe (CASE_PROCESS_ENGINE=zeebe).
    let zeebeAddress = config.caseProcessEngine === 'zeebe' ? config.env.ZEEBE_ADDRESS : undefined;
    if (config.caseProcessEngine === 'zeebe' && !zeebeAddress) {
      const env = config.env;
      const local = await startLocalZeebe({
        home: config.home,
        dataDir: path.join(config.dataDir, 'zeebe'),
        logDir: config.logDir,
        javaHome: env.JAVA_HOME,
        zeebeHome: env.ZEEBE_HOME,
        version: env.ZEEBE_VERSION,
        gatewayPort: env.ZEEBE_GATEWAY_PORT,
        monitoringPort: env.ZEEBE_MONITORING_PORT,
        restPort: env.ZEEBE_REST_PORT,
        heap: env.ZEEBE_HEAP,
        readyTimeoutMs: env.ZEEBE_READY_TIMEOUT_SECONDS * 1000,
        log: say,
      });
      broker = local.broker;
      zeebeAddress = broker.address;
    }
    dataSource = await openDatabase(config.database);
    let zeebeVersion: string | undefined;
    if (zeebeAddress) {
      zeebe = createZeebeClient(zeebeAddress);
      zeebeVersion = await waitForZeebe(zeebe, config.env.ZEEBE_READY_TIMEOUT_SECONDS * 1000);
    }
    const processEngineLink = await processEngine.ready;
    const connectors = { descriptors: selectConnectors(connectorsConf.enabled), maxJobsActive: connectorsConf.maxJobsActive };
    engine = await startEngine({ config, dataSource, zeebe: zeebe && zeebeAddress ? { client: zeebe, address: zeebeAddress } : undefined, logger, connectors, processEngine: processEngineLink });
    const admin = await engine.users.ensureAdmin(config.adminPassword);
    if (admin.generatedPassword) {
      say(`First start: created user "admin" with password ${admin.generatedPassword} — write it down, it is not shown again.`);
    } else if (admin.created) {
      say('First start: created user "admin" with the password from CAREFLOW_ADMIN_PASSWORD.');
    }
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    const onZeebe = zeebeAddress ? ` · Zeebe ${zeebeVersion} at ${zeebeAddress}${broker ? ' (embedded)' : ''}` : '';
    say(
      `CareFlow ready at ${engine.url} · process engine ${processEngineLink.rest.url}${processEngineLink.embedded ? ' (embedded)' : ''}${onZeebe} · ` +
        `database ${describeDatabase(config.database)} · ${seconds}s`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
}
