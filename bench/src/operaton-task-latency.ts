/**
 * Task visible latency of the Operaton task projection (issue 15's target: task visible p99 ≤ 1 s):
 * from a user task created in Operaton to its row in CareFlow's tasks table.
 * Usage: npm run build && node bench/dist/operaton-task-latency.js [--url mysql://root@127.0.0.1:3306/careflow_task_latency | sqlite:/tmp/tl.db]
 *   [--engine-url http://127.0.0.1:8180/engine-rest] [--port 27390] [--tasks 200] [--concurrency 50] [--rate N] [--keep]
 * Without --engine-url (or PROCESS_ENGINE_URL) it starts Operaton from process-engine/ (H2 under a
 * temporary directory). It deploys a one-task process and starts `tasks` instances, all at once (at most `concurrency` in
 * flight) or at `rate` per second. Each task is timed from its creation in the engine (the task's
 * own create time, same host clock) and from the start call's answer to the projection's insert.
 * It also times idle rounds (three history reads each). The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import { createLogger } from '@careflow/engine/dist/logger';
import { caseVariables, deploy, startCase, uniqueProcess } from '@careflow/engine/dist-test/test/support/task-engine-fixtures';
import { OperatonTaskProjection } from '@careflow/engine/dist/modules/tasks/operaton/projection';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { performance } from 'node:perf_hooks';
import { BenchDatabase, positiveInt } from './bench-database';
import { flags, percentiles } from './load';
import { startBenchOperaton } from './process-engine';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const total = int('tasks', 200);
const concurrency = int('concurrency', 50);
const rate = opts.has('rate') ? int('rate', 20) : undefined;
const bench = new BenchDatabase(opts, 'careflow_task_latency');
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function engineUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = opts.get('engine-url') ?? process.env.PROCESS_ENGINE_URL;
  if (given) return { url: given, stop: async () => undefined };
  const engine = await startBenchOperaton({ port: int('port', 27390), log });
  return { url: engine.restUrl, stop: engine.stop };
}

async function main() {
  const engine = await engineUrl();
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  const rest = new OperatonRest({ baseUrl: engine.url, timeoutMs: 60_000 });
  const projection = new OperatonTaskProjection(dataSource, rest, { logger: createLogger('silent') });
  try {
    const processId = uniqueProcess('latency');
    await deploy(rest, { processId });
    await projection.start();
    const answered = new Map<string, number>();
    const visibleAt = new Map<string, number>();
    const fromCreate: number[] = [];
    projection.events.on('task.created', (task) => {
      if (task.bpmnProcessId !== processId) return;
      const now = Date.now();
      visibleAt.set(task.processInstanceKey, now);
      fromCreate.push(now - task.createdAt.getTime());
    });

    log(`starting ${total} instances ${rate ? `at ${rate}/s` : `at once (${concurrency} in flight)`} on ${bench.config.type}`);
    let next = 0;
    const began = performance.now();
    const worker = async () => {
      while (next < total) {
        const n = next++;
        if (rate) await sleep(Math.max(0, (n * 1000) / rate - (performance.now() - began)));
        const instance = await startCase(rest, processId, caseVariables(n));
        answered.set(instance, Date.now());
      }
    };
    await Promise.all(Array.from({ length: rate ? Math.min(total, 64) : concurrency }, worker));
    const startSeconds = (performance.now() - began) / 1000;
    const deadline = Date.now() + 60_000;
    while (visibleAt.size < total && Date.now() < deadline) await sleep(50);
    // Negative when the row was in before the start call's answer reached the bench.
    const fromAnswer = [...visibleAt].filter(([instance]) => answered.has(instance)).map(([instance, at]) => at - answered.get(instance)!);
    const rows = await dataSource.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT job_key) AS d FROM tasks WHERE bpmn_process_id = '${processId}'`);

    await projection.stop();
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await projection.round();
      idle.push(performance.now() - t);
    }
    const result = {
      database: bench.config.type,
      tasks: total,
      mode: rate ? `rate ${rate}/s` : `burst, ${concurrency} in flight`,
      startSeconds: Math.round(startSeconds * 10) / 10,
      rows: Number(rows[0].n),
      distinctTasks: Number(rows[0].d),
      lost: total - visibleAt.size,
      visibleFromCreateMs: percentiles(fromCreate),
      visibleFromStartAnswerMs: percentiles(fromAnswer),
      idleRoundMs: percentiles(idle),
    };
    log(`visible after creation: p50 ${result.visibleFromCreateMs.p50} ms, p99 ${result.visibleFromCreateMs.p99} ms; rows ${result.rows} (${result.distinctTasks} distinct), lost ${result.lost}`);
    console.log(JSON.stringify(result));
  } finally {
    await projection.stop();
    await dataSource.destroy();
    await bench.finish();
    await engine.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
