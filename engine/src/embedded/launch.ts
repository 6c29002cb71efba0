import { connectorsConfig, connectorsEnvSchema, selectConnectors } from '@careflow/connectors';
import { DataSource } from 'typeorm';
import { ConfigError, EngineConfig, loadEngineConfig } from '../config';
import { parseEnv } from '../config/env';
import { describeDatabase } from '../db/describe';
import { openDatabase } from '../db/data-source';
import { RunningEngine, startEngine } from '../engine';
import { createLogger } from '../logger';
import { acquireInstanceLock, assertPortFree } from './instance-lock';
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

/** `npm start`: the process engine (unless PROCESS_ENGINE_URL), the database, the engine and the connectors. */
export async function launch(): Promise<void> {
  const began = Date.now();
  const { engine: config, connectors: connectorsConf } = loadConfig();
  const logger = createLogger(config.env.LOG_LEVEL);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let processEngine: ProcessEngineStart | undefined;
  let dataSource: DataSource | undefined;
  let engine: RunningEngine | undefined;
  let releaseLock: (() => void) | undefined;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const started = dataSource !== undefined || processEngine !== undefined;
      if (started) say('Stopping CareFlow…');
      await engine?.stop().catch((e: unknown) => logger.error({ err: e }, 'engine stop failed'));
      await dataSource?.destroy().catch(() => undefined);
      await processEngine?.stop();
      releaseLock?.();
      if (started) say('CareFlow stopped.');
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stop().then(() => process.exit(0)));
  }

  try {
    releaseLock = acquireInstanceLock(config.dataDir);
    await assertPortFree(config.http.host, config.http.port);
    // Started first: the Java start-up overlaps opening the database.
    processEngine = new ProcessEngineStart(config, say);
    dataSource = await openDatabase(config.database);
    const processEngineLink = await processEngine.ready;
    const connectors = { descriptors: selectConnectors(connectorsConf.enabled), maxTasksActive: connectorsConf.maxJobsActive, secretsFile: connectorsConf.secretsFile, settings: connectorsConf };
    engine = await startEngine({ config, dataSource, logger, connectors, processEngine: processEngineLink });
    const admin = await engine.users.ensureAdmin(config.adminPassword);
    if (admin.generatedPassword) {
      say(`First start: created user "admin" with password ${admin.generatedPassword} — write it down, it is not shown again.`);
    } else if (admin.created) {
      say('First start: created user "admin" with the password from CAREFLOW_ADMIN_PASSWORD.');
    }
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    say(
      `CareFlow ready at ${engine.url} · process engine ${processEngineLink.rest.url}${processEngineLink.embedded ? ' (embedded)' : ''} · ` +
        `database ${describeDatabase(config.database)} · ${seconds}s`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
}
