import { basicAuthorization } from '@careflow/connectors';
import fs from 'node:fs';
import path from 'node:path';
import { chooseJava, JavaRuntime, listJavaRuntimes } from '../java';
import { ChildService } from '../child-service';
import { assertPortFree } from '../instance-lock';
import { ensureProcessEngineJar, extractProcessEngineJar } from './build';

export class ProcessEngineStartError extends Error {
  override name = 'ProcessEngineStartError';
}

export interface LocalOperatonOptions {
  /** `process-engine/` in the repository. */
  sourceDir: string;
  cacheDir: string;
  /** The H2 database (ignored when `jdbc` is given) and the pid file. */
  dataDir: string;
  logFile: string;
  port: number;
  heap: string;
  javaHome?: string;
  /** MySQL/MariaDB shared with CareFlow in production; H2 under `dataDir` otherwise. */
  jdbc?: { url: string; user: string; password: string };
  historyTimeToLive?: string;
  /** Parsed process definitions the engine keeps in memory (Operaton's default: 1000). */
  cacheCapacity?: number;
  /** Set → the REST API answers only requests carrying these HTTP basic credentials. */
  credentials?: { user: string; password: string };
  readyTimeoutMs: number;
  log: (line: string) => void;
  /** Told of the process as soon as it runs, so a caller can stop one that is still starting. */
  onSpawned?: (child: { stop(): Promise<void> }) => void;
}

/** What a start needs that does not change between restarts: the Java runtime and the built jar. */
export interface PreparedOperaton {
  java: JavaRuntime;
  jar: string;
}

const PID_FILE = 'process-engine.pid';

/** Operaton (Spring Boot) as a child process on loopback, reached over its REST API only. */
export class LocalOperaton {
  private constructor(
    private readonly process: ChildService,
    private readonly pidFile: string,
    readonly restUrl: string,
  ) {}

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Finds Java 17+ and builds the jar (once per source digest). */
  static async prepare(o: Pick<LocalOperatonOptions, 'sourceDir' | 'cacheDir' | 'javaHome' | 'log'>): Promise<PreparedOperaton> {
    const java = chooseJava(listJavaRuntimes(o.javaHome), 17, o.javaHome);
    if (!java) throw new ProcessEngineStartError('The process engine needs Java 17 or newer: set JAVA_HOME or install one under /usr/lib/jvm');
    const packed = await ensureProcessEngineJar({ sourceDir: o.sourceDir, cacheDir: o.cacheDir, javaHome: java.home, log: o.log });
    return { java, jar: await extractProcessEngineJar(packed, java.executable, o.log) };
  }

  static async start(o: LocalOperatonOptions): Promise<LocalOperaton> {
    return LocalOperaton.launch(await LocalOperaton.prepare(o), o);
  }

  /** Spawns the prepared engine and waits until its REST API answers. */
  static async launch({ java, jar }: PreparedOperaton, o: LocalOperatonOptions): Promise<LocalOperaton> {
    fs.mkdirSync(o.dataDir, { recursive: true });
    const pidFile = path.join(o.dataDir, PID_FILE);
    stopOrphan(pidFile);
    await portFree(o.port);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      PROCESS_ENGINE_BIND: '127.0.0.1',
      PROCESS_ENGINE_PORT: String(o.port),
      // WRITE_DELAY=0: H2 otherwise holds commits for 500 ms, and a killed engine loses instances it already reported started.
      PROCESS_ENGINE_JDBC_URL: o.jdbc?.url ?? `jdbc:h2:file:${path.join(o.dataDir, 'operaton')};DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0`,
      PROCESS_ENGINE_JDBC_USER: o.jdbc?.user ?? 'sa',
      PROCESS_ENGINE_JDBC_PASSWORD: o.jdbc?.password ?? '',
      PROCESS_ENGINE_HISTORY_TTL: o.historyTimeToLive ?? 'P180D',
      ...(o.cacheCapacity ? { PROCESS_ENGINE_CACHE_CAPACITY: String(o.cacheCapacity) } : {}),
      ...(o.credentials ? { PROCESS_ENGINE_USER: o.credentials.user, PROCESS_ENGINE_PASSWORD: o.credentials.password } : {}),
      // The engine stops itself when this process is gone, even killed with SIGKILL.
      CAREFLOW_PARENT_PID: String(process.pid),
    };
    // Java 19+ archives the classes a run loaded (written when it exits) and maps them on the next
    // start: the second start skips most class loading. Per data folder, so no two engines share one.
    const classArchive = java.major >= 19 ? [`-XX:SharedArchiveFile=${path.join(o.dataDir, `classes-java${java.major}.jsa`)}`, '-XX:+AutoCreateSharedArchive'] : [];
    const args = [`-Xmx${o.heap}`, '-XX:+UseSerialGC', '-XX:+ExitOnOutOfMemoryError', ...classArchive, '-Dfile.encoding=UTF-8', '-jar', jar];
    o.log(`Starting the process engine (Operaton) with Java ${java.version}…`);
    const child = ChildService.spawn(java.executable, args, env, o.logFile);
    if (child.pid !== undefined) fs.writeFileSync(pidFile, String(child.pid));
    o.onSpawned?.(child);
    child.onExit(() => fs.rmSync(pidFile, { force: true }));
    const restUrl = `http://127.0.0.1:${o.port}/engine-rest`;
    const authorization = o.credentials ? basicAuthorization(o.credentials.user, o.credentials.password) : undefined;
    await child.waitReady(() => answers(`${restUrl}/engine`, authorization), o.readyTimeoutMs, (why) => new ProcessEngineStartError(`The process engine ${why}`));
    return new LocalOperaton(child, pidFile, restUrl);
  }

  exited(): boolean {
    return this.process.exited();
  }

  /** Called once when the Java process ends, however it ends. */
  onExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void {
    this.process.onExit(listener);
  }

  /** SIGTERM lets Spring close the engine and its database; SIGKILL only if it hangs. */
  async stop(graceMs = 30_000): Promise<void> {
    await this.process.stop(graceMs);
    fs.rmSync(this.pidFile, { force: true });
  }
}

async function answers(url: string, authorization?: string): Promise<boolean> {
  try {
    return (await fetch(url, { headers: authorization ? { authorization } : {}, signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false; // not listening yet
  }
}

/** A killed orphan lets go of its port within moments; anything else holding it is reported. */
async function portFree(port: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await assertPortFree('127.0.0.1', port);
    } catch (error) {
      if (attempt >= 10) throw new ProcessEngineStartError(`Port ${port} on 127.0.0.1 is in use: stop what holds it or set PROCESS_ENGINE_PORT`, { cause: error });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** An engine left behind by a run that could not stop it would hold the port and the H2 file. */
function stopOrphan(pidFile: string): void {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  fs.rmSync(pidFile, { force: true });
  try {
    if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('careflow-process-engine')) process.kill(pid, 'SIGKILL');
  } catch {
    // not running any more
  }
}
