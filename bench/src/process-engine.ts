/** The process engine (Operaton) a bench's engine or bare phase talks to. */
import { LocalOperaton, startEngine } from '@careflow/engine';
import type { EngineConfig, RunningEngine } from '@careflow/engine';
import { createLogger } from '@careflow/engine/dist/logger';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';

const root = path.resolve(__dirname, '..', '..');

/**
 * The engine in this process, quiet, for a bench that never touches a process (inbox, lookup): no
 * connector workers, and a process engine link to an address nothing listens on. The engine's
 * loops (task feed, case starter and history watcher, the seeding of the shipped service types)
 * are refused at once and retry quietly in the background; nothing such a bench times waits on them.
 */
export function startEngineWithoutProcesses(config: EngineConfig, dataSource: DataSource): Promise<RunningEngine> {
  const processEngine = { rest: new OperatonRest({ baseUrl: 'http://127.0.0.1:1/engine-rest', timeoutMs: 1000 }), embedded: false };
  return startEngine({ config, dataSource, processEngine, logger: createLogger('silent'), connectors: { descriptors: [], maxTasksActive: 1 } });
}

export interface BenchOperaton {
  restUrl: string;
  pid: number | undefined;
  /** Its files (H2 database, log), to measure; removed by stop(). */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Operaton from process-engine/ (the jar built once into the checkout's cache) on `port`, on H2
 * under a temporary folder unless `jdbc` names a database; the folder goes with stop().
 */
export async function startBenchOperaton(o: { port: number; heap?: string; jdbc?: { url: string; user: string; password: string }; log: (line: string) => void }): Promise<BenchOperaton> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-bench-operaton-'));
  // Kept when the start fails: the error names the log in it.
  const engine = await LocalOperaton.start({
    sourceDir: path.join(root, 'process-engine'),
    cacheDir: path.join(root, '.careflow', 'cache'),
    dataDir,
    logFile: path.join(dataDir, 'process-engine.log'),
    port: o.port,
    heap: o.heap ?? '512m',
    jdbc: o.jdbc,
    readyTimeoutMs: 180_000,
    log: o.log,
  });
  return { restUrl: engine.restUrl, pid: engine.pid, dataDir, stop: async () => (await engine.stop(), fs.rmSync(dataDir, { recursive: true, force: true })) };
}
