import fs from 'node:fs';
import path from 'node:path';
import { chooseJava, listJavaRuntimes } from '../java';
import { ChildService } from '../child-service';
import { ensureProcessEngineJar } from './build';

export class ProcessEngineStartError extends Error {
  override name = 'ProcessEngineStartError';
}

export interface LocalOperatonOptions {
  /** `process-engine/` in the repository. */
  sourceDir: string;
  cacheDir: string;
  /** The H2 database folder (ignored when `jdbc` is given). */
  dataDir: string;
  logFile: string;
  port: number;
  heap: string;
  javaHome?: string;
  /** MySQL/MariaDB shared with CareFlow in production; H2 under `dataDir` otherwise. */
  jdbc?: { url: string; user: string; password: string };
  historyTimeToLive?: string;
  readyTimeoutMs: number;
  log: (line: string) => void;
}

/** Operaton (Spring Boot) as a child process on loopback, reached over its REST API only. */
export class LocalOperaton {
  private constructor(
    private readonly process: ChildService,
    readonly restUrl: string,
  ) {}

  get pid(): number | undefined {
    return this.process.pid;
  }

  static async start(o: LocalOperatonOptions): Promise<LocalOperaton> {
    const java = chooseJava(listJavaRuntimes(o.javaHome), 17, o.javaHome);
    if (!java) throw new ProcessEngineStartError('The process engine needs Java 17 or newer: set JAVA_HOME or install one under /usr/lib/jvm');
    const jar = await ensureProcessEngineJar({ sourceDir: o.sourceDir, cacheDir: o.cacheDir, javaHome: java.home, log: o.log });
    fs.mkdirSync(o.dataDir, { recursive: true });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      PROCESS_ENGINE_BIND: '127.0.0.1',
      PROCESS_ENGINE_PORT: String(o.port),
      PROCESS_ENGINE_JDBC_URL: o.jdbc?.url ?? `jdbc:h2:file:${path.join(o.dataDir, 'operaton')};DB_CLOSE_ON_EXIT=FALSE`,
      PROCESS_ENGINE_JDBC_USER: o.jdbc?.user ?? 'sa',
      PROCESS_ENGINE_JDBC_PASSWORD: o.jdbc?.password ?? '',
      PROCESS_ENGINE_HISTORY_TTL: o.historyTimeToLive ?? 'P180D',
    };
    const args = [`-Xmx${o.heap}`, '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', '-jar', jar];
    o.log(`Starting the process engine (Operaton) with Java ${java.version}…`);
    const child = ChildService.spawn(java.executable, args, env, o.logFile);
    const restUrl = `http://127.0.0.1:${o.port}/engine-rest`;
    await child.waitReady(() => answers(`${restUrl}/engine`), o.readyTimeoutMs, (why) => new ProcessEngineStartError(`The process engine ${why}`));
    return new LocalOperaton(child, restUrl);
  }

  /** SIGTERM lets Spring close the engine and its database; SIGKILL only if it hangs. */
  stop(graceMs = 30_000): Promise<void> {
    return this.process.stop(graceMs);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false; // not listening yet
  }
}
