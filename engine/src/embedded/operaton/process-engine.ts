import path from 'node:path';
import { EngineConfig, REPO_ROOT } from '../../config';
import { ProcessEngineLink } from '../../operaton/engine-info';
import { OperatonRest } from '../../operaton/rest';
import { jdbcFromDatabaseUrl, mysqlFlavor } from './jdbc';
import { ProcessEngineStartError } from './local-operaton';
import { ProcessEngineSupervisor } from './supervisor';

/**
 * `npm start`'s process engine: the local Operaton under supervision, or the external one
 * PROCESS_ENGINE_URL names (nothing started; CareFlow starts even while it is down, and its
 * health says so). Stoppable while it is still starting.
 */
export class ProcessEngineStart {
  readonly ready: Promise<ProcessEngineLink>;
  private supervisor?: ProcessEngineSupervisor;
  private stopped = false;

  constructor(
    private readonly config: EngineConfig,
    private readonly log: (line: string) => void,
  ) {
    this.ready = this.run();
    this.ready.catch(() => undefined); // awaited by launch; never an unhandled rejection meanwhile
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.supervisor?.stop();
  }

  private async run(): Promise<ProcessEngineLink> {
    const began = Date.now();
    const pe = this.config.processEngine;
    if (pe.mode === 'external') {
      const rest = new OperatonRest({ baseUrl: pe.url, credentials: pe.credentials, timeoutMs: 5000 });
      const version = await rest.get<{ version: string }>('/version').then((v) => `Operaton ${v.version}`, (e: unknown) => `not answering yet (${(e as Error).message})`);
      this.log(`Process engine (external) at ${pe.url}: ${version}`);
      return { rest, embedded: false };
    }
    const database = this.config.database;
    let jdbc;
    if (database.type === 'mysql') {
      const flavor = await mysqlFlavor(database.url).catch((e: unknown) => {
        throw new ProcessEngineStartError(`The process engine could not reach the MySQL server in DATABASE_URL: ${(e as Error).message}`);
      });
      jdbc = jdbcFromDatabaseUrl(database.url, flavor);
    }
    if (this.stopped) throw new ProcessEngineStartError('The process engine start was cancelled');
    const supervisor = new ProcessEngineSupervisor({
      sourceDir: path.join(REPO_ROOT, 'process-engine'),
      cacheDir: path.join(this.config.home, 'cache'),
      dataDir: pe.dataDir,
      logFile: pe.logFile,
      port: pe.port,
      heap: pe.heap,
      javaHome: this.config.env.JAVA_HOME,
      jdbc,
      historyTimeToLive: pe.historyTimeToLive,
      credentials: pe.credentials,
      readyTimeoutMs: pe.readyTimeoutMs,
      log: this.log,
    });
    this.supervisor = supervisor;
    await supervisor.start();
    const rest = new OperatonRest({ baseUrl: supervisor.restUrl, credentials: pe.credentials });
    const { version } = await rest.get<{ version: string }>('/version');
    const store = jdbc ? `${jdbc.url.split('?')[0]}` : `H2 ${path.join(pe.dataDir, 'operaton')}`;
    this.log(`Process engine Operaton ${version} ready at ${supervisor.restUrl} (${store}) · ${((Date.now() - began) / 1000).toFixed(1)}s`);
    return { rest, embedded: true, supervisor };
  }
}
