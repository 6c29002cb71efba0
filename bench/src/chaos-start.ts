/**
 * Chaos at the case start (issue 15): cases are accepted at a fixed rate while the process engine
 * (Operaton) is killed with SIGKILL and started again; every accepted case must end up with exactly
 * one process instance. CareFlow's side is the case lifecycle on Operaton (accept = case row and
 * pending start in one transaction, then an immediate start attempt; the starter loop retries).
 * Usage: npm run build && node bench/dist/chaos-start.js [--url mysql://root@127.0.0.1:3306/careflow_chaos | sqlite:/tmp/chaos.db]
 *   [--rate 10] [--seconds 60] [--kill-at 15] [--down 5] [--port 27551] [--settle 180] [--h2-write-delay ms] [--keep]
 * The engine runs on H2 files under a temporary folder, as `npm start` runs it (--h2-write-delay
 * sets H2's WRITE_DELAY, the time a commit may wait before it reaches the disk). Last line: JSON.
 */
import { CaseLifecycle, defaultLifecycleOptions } from '@careflow/engine/dist/modules/cases/operaton';
import { CaseProcessStartEntity } from '@careflow/engine/dist/modules/cases/operaton/entities';
import { acceptCase, deployModels, instancesByBusinessKey, lifecycleDeps } from '@careflow/engine/dist-test/test/support/case-lifecycle-fixtures';
import { LocalOperaton } from '@careflow/engine/dist/embedded/operaton/local-operaton';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { openDatabase } from '@careflow/engine';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchDatabase, positiveInt } from './bench-database';
import { flags } from './load';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const rate = int('rate', 10);
const seconds = int('seconds', 60);
const killAt = int('kill-at', 15);
const downSeconds = int('down', 5);
const port = int('port', 27551);
const settleSeconds = int('settle', 180);
const writeDelay = opts.has('h2-write-delay') ? Number(opts.get('h2-write-delay')) : undefined;
if (writeDelay !== undefined && !(Number.isInteger(writeDelay) && writeDelay >= 0)) throw new Error('--h2-write-delay must be a whole number of milliseconds');
const bench = new BenchDatabase(opts, 'careflow_chaos');
const log = (line: string) => process.stderr.write(`${line}\n`);
const root = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  await bench.prepare();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-chaos-operaton-'));
  const startEngine = () =>
    LocalOperaton.start({
      sourceDir: path.join(root, 'process-engine'),
      cacheDir: path.join(root, '.careflow', 'cache'),
      dataDir,
      logFile: path.join(dataDir, 'process-engine.log'),
      port,
      heap: '512m',
      ...(writeDelay === undefined ? {} : { jdbc: { url: `jdbc:h2:file:${path.join(dataDir, 'operaton')};DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=${writeDelay}`, user: 'sa', password: '' } }),
      readyTimeoutMs: 180_000,
      log,
    });
  let engine = await startEngine();
  const dataSource = await openDatabase(bench.config);
  const deps = lifecycleDeps(dataSource, new OperatonRest({ baseUrl: engine.restUrl }));
  await deployModels(deps.rest);
  const defaults = defaultLifecycleOptions();
  const lifecycle = new CaseLifecycle(deps, { ...defaults, intervalMs: 500, maxBackoffMs: 2_000, starter: { ...defaults.starter, leaseMs: 20_000 } });
  lifecycle.start();

  const prefix = `CH${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
  const outcomes: Record<string, number> = {};
  const reasons = new Map<string, number>();
  const inFlight: Promise<unknown>[] = [];
  let accepted = 0;
  let refused = 0;
  let killedAt = 0;
  let backAt = 0;
  const t0 = performance.now();
  const chaos = (async () => {
    await sleep(killAt * 1000);
    log(`SIGKILL to the process engine (pid ${engine.pid})`);
    process.kill(engine.pid!, 'SIGKILL');
    killedAt = performance.now() - t0;
    await sleep(downSeconds * 1000);
    engine = await startEngine();
    backAt = performance.now() - t0;
    log(`process engine back after ${Math.round((backAt - killedAt) / 100) / 10} s`);
  })();

  try {
    const total = rate * seconds;
    for (let n = 1; n <= total; n++) {
      const due = t0 + (n * 1000) / rate;
      if (due > performance.now()) await sleep(due - performance.now());
      const work = acceptCase(dataSource, `${prefix}-${String(n).padStart(6, '0')}`).then(
        async (c) => {
          accepted++;
          let outcome: string = await lifecycle.startNow(c.id);
          if (outcome === 'pending') {
            // Why the first try failed: the engine down (refused / cut) or slow (timed out, retried only after a wait).
            const why = (await dataSource.getRepository(CaseProcessStartEntity).findOneBy({ caseId: c.id }))?.lastError ?? '';
            outcome += /TimeoutError/.test(why) ? ':timeout' : /ECONNREFUSED/.test(why) ? ':refused' : why ? ':other' : '';
            if (outcome === 'pending:other') reasons.set(why.slice(0, 160), (reasons.get(why.slice(0, 160)) ?? 0) + 1);
          }
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        },
        (error: unknown) => {
          refused++;
          log(`not accepted: ${String(error)}`);
        },
      );
      inFlight.push(work);
    }
    await Promise.all(inFlight);
    await chaos;
    const acceptDone = performance.now() - t0;

    const starts = dataSource.getRepository(CaseProcessStartEntity);
    const settleUntil = performance.now() + settleSeconds * 1000;
    while ((await starts.countBy({ state: 'pending' })) > 0 && performance.now() < settleUntil) await sleep(500);
    const allStartedAt = performance.now() - t0;
    await lifecycle.stop();

    const rows = await starts.find();
    const instances = await instancesByBusinessKey(deps.rest, prefix);
    const recorded = new Set(rows.map((r) => r.instanceId));
    const reconciled = await lifecycle.reconcile();
    const result = {
      bench: 'chaos-start',
      db: bench.config.type,
      engineDb: writeDelay === undefined ? 'h2' : `h2 WRITE_DELAY=${writeDelay}`,
      rate,
      seconds,
      accepted,
      refused,
      firstAttempt: outcomes,
      otherFailures: Object.fromEntries(reasons),
      started: rows.filter((r) => r.state === 'started').length,
      pending: rows.filter((r) => r.state === 'pending').length,
      adoptedOrRetried: rows.filter((r) => r.state === 'started' && r.attempts > 1).length,
      withInstance: instances.size,
      duplicates: [...instances.values()].filter((list) => list.length > 1).length,
      // Recorded as started, but the engine has no such instance (lost by the engine's database on the kill).
      recordedButMissing: rows.filter((r) => r.instanceId && ![...instances.values()].some((list) => list.some((i) => i.id === r.instanceId))).length,
      unrecordedInstances: [...instances.values()].flat().filter((i) => !recorded.has(i.id)).length,
      flaggedByReconcile: reconciled.flagged,
      duplicatesDeletedByReconcile: reconciled.duplicatesDeleted,
      timesSeconds: {
        killedAt: Math.round(killedAt / 100) / 10,
        engineBackAt: Math.round(backAt / 100) / 10,
        acceptingDoneAt: Math.round(acceptDone / 100) / 10,
        allStartedAt: Math.round(allStartedAt / 100) / 10,
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await lifecycle.stop();
    await engine.stop();
    await dataSource.destroy();
    await bench.finish();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
