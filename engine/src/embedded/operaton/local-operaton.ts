import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chooseJava, listJavaRuntimes } from '../java';
import { logTail } from '../broker';
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
    private readonly child: ChildProcess,
    readonly restUrl: string,
    private readonly logFile: string,
  ) {}

  get pid(): number | undefined {
    return this.child.pid;
  }

  static async start(o: LocalOperatonOptions): Promise<LocalOperaton> {
    const java = chooseJava(listJavaRuntimes(o.javaHome), 17, o.javaHome);
    if (!java) throw new ProcessEngineStartError('The process engine needs Java 17 or newer: set JAVA_HOME or install one under /usr/lib/jvm');
    const jar = await ensureProcessEngineJar({ sourceDir: o.sourceDir, cacheDir: o.cacheDir, javaHome: java.home, log: o.log });
    fs.mkdirSync(o.dataDir, { recursive: true });
    fs.mkdirSync(path.dirname(o.logFile), { recursive: true });
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
    const log = fs.openSync(o.logFile, 'a');
    const args = [`-Xmx${o.heap}`, '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', '-jar', jar];
    o.log(`Starting the process engine (Operaton) with Java ${java.version}…`);
    // Own process group: Ctrl-C reaches the engine, which stops the process engine after itself.
    const child = spawn(java.executable, args, { env, stdio: ['ignore', log, log], detached: true });
    fs.closeSync(log);
    const engine = new LocalOperaton(child, `http://127.0.0.1:${o.port}/engine-rest`, o.logFile);
    process.once('exit', () => engine.killNow());
    await engine.waitReady(o.readyTimeoutMs);
    return engine;
  }

  private exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited()) throw new ProcessEngineStartError(`The process engine exited during start-up. Log tail (${this.logFile}):\n${logTail(this.logFile)}`);
      try {
        if ((await fetch(`${this.restUrl}/engine`, { signal: AbortSignal.timeout(2000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    await this.stop();
    throw new ProcessEngineStartError(`The process engine was not ready after ${timeoutMs / 1000}s. Log tail (${this.logFile}):\n${logTail(this.logFile)}`);
  }

  /** SIGTERM lets Spring close the engine and its database; SIGKILL only if it hangs. */
  async stop(graceMs = 30_000): Promise<void> {
    if (this.exited()) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }

  private killNow(): void {
    if (!this.exited()) this.child.kill('SIGKILL');
  }
}
