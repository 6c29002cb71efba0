/**
 * Case throughput through CareFlow against bare Operaton (issue 15's "Measure": the ratio's target is ≥ 0.7).
 * Usage: npm run build && node bench/dist/throughput.js [--mysql [mysql://root@127.0.0.1:3306/careflow_throughput]]
 *   [--rounds 3] [--cases 200] [--concurrency 32] [--warmup 100] [--port 27610] [--process-engine-port 27611]
 *   [--bare-port 27612] [--bare-engine separate|shared] [--heap 320m] [--keep]
 * Starts the full embedded stack (engine/dist/main.js as `npm start` runs it) on SQLite, its
 * Operaton on H2; with --mysql both on that MySQL/MariaDB database. An admin publishes a service
 * type whose process is one user task (form and candidate group `hotline`); an agent of that
 * group then runs cases through CareFlow's API: open the case → its task is in the agent's inbox
 * → complete it → the case is closed. The bare phase runs the same model on Operaton's REST API:
 * start an instance with the variables CareFlow would give it → fetch its task → complete it → the
 * instance has ended in the history. Each round runs `cases` through CareFlow, then `cases` bare,
 * `concurrency` at a time (many more cases than that, so the rate is the steady one, not the ramp's
 * and the tail's); `warmup` of each go first, untimed.
 * The bare Operaton is by default one of its own (same jar, heap and kind of database, idle while
 * CareFlow's phase runs), since CareFlow's task feed and history watcher would otherwise read the
 * bare instances too and slow the baseline; `--bare-engine shared` uses the stack's (the default
 * when PROCESS_ENGINE_URL links an external one). CareFlow's steps wait on the agent's live socket
 * (task.created, case.updated), as the web inbox does, each then checked with one API read; after a
 * second without its event a step reads anyway, and again each second (`fallbackReads`: steps found
 * by such a read before their event came).
 * Prints each phase's rate on stderr; the last line is JSON with both rates (cases/s) and their ratio.
 */
import { mysqlFlavor, jdbcFromDatabaseUrl } from '@careflow/engine/dist/embedded/operaton/jdbc';
import { historicInstancesByIds } from '@careflow/engine/dist/operaton/instances';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { toTypedVariables } from '@careflow/engine/dist/operaton/variables';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { chain, userTask } from '@careflow/engine/dist-test/test/support/operaton-fixtures';
import { deploy, startInstance } from '@careflow/engine/dist-test/test/support/operaton-process-fixtures';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { BenchDatabase, positiveInt } from './bench-database';
import { peakRssMb, RunningStack, signedInAgent, signInAdmin, startStack } from './embedded-stack';
import { flags, LoadResult, percentiles, runLoad } from './load';
import { BenchOperaton, startBenchOperaton } from './process-engine';
import { CASE_TIMEOUT_MS, CaseSignals, listen } from './case-signals';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const rounds = int('rounds', 3);
const perPhase = int('cases', 200);
const concurrency = int('concurrency', 32);
const warmup = int('warmup', 100);
const heap = opts.get('heap') ?? '320m';
if (!/^\d+[mg]$/.test(heap)) throw new Error('--heap must be like 320m or 1g');
const bareMode = opts.get('bare-engine') ?? (process.env.PROCESS_ENGINE_URL ? 'shared' : 'separate');
if (bareMode !== 'separate' && bareMode !== 'shared') throw new Error('--bare-engine must be separate or shared');
const mysqlUrl = opts.get('mysql') === 'true' ? 'mysql://root@127.0.0.1:3306/careflow_throughput' : opts.get('mysql');
const dbOpts = (url: string) => new Map([...opts, ['url', url]]);
const bench = new BenchDatabase(dbOpts(mysqlUrl ?? `sqlite:${path.join(os.tmpdir(), `careflow-throughput-${process.pid}.db`)}`), 'careflow_throughput');
// The separate bare Operaton's own database on the same server (its tables would clash with the stack's).
const bareDb = mysqlUrl && bareMode === 'separate' ? new BenchDatabase(dbOpts(`${mysqlUrl.replace(/\/+$/, '')}_bare`), 'careflow_throughput_bare') : undefined;
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const ADMIN_PASSWORD = 'Bench-careflow-1';
const AGENT_PASSWORD = 'bench-agent-password-1';
const SERVICE_TYPE = 'throughput';
const FORM = 'throughput-form';

/** The one-task model both phases run; only the process id differs. */
const model = (processId: string) => chain(processId, [{ id: 'handle', xml: userTask('handle', FORM, 'hotline', '处理') }]);

/** The admin's part: the form, the service type with the one-task model, published. */
async function publishServiceType(admin: ApiClient): Promise<void> {
  const steps: [string, unknown][] = [
    ['/api/forms', { key: FORM, title: '处理', schema: { type: 'object', properties: { note: { type: 'string', required: true, maxLength: 50 } } } }],
    ['/api/service-types', { key: SERVICE_TYPE, names: { 'zh-CN': '吞吐量测试', en: 'Throughput' }, category: 'bench' }],
    [`/api/service-types/${SERVICE_TYPE}/versions`, { bpmnXml: model('throughput_careflow'), settings: { priority: 'normal', channels: ['phone'] } }],
    [`/api/service-types/${SERVICE_TYPE}/publish`, { version: 1 }],
  ];
  for (const [url, body] of steps) {
    const res = await admin.post(url, body);
    if (res.status >= 300) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Where a CareFlow case spends its time, per step (ms), to see which step a slower rate comes from. */
const stepMs: Record<'open' | 'taskVisible' | 'complete' | 'closedVisible', number[]> = { open: [], taskVisible: [], complete: [], closedVisible: [] };
const timed = async <T>(step: keyof typeof stepMs, run: () => Promise<T>): Promise<T> => {
  const began = performance.now();
  const value = await run();
  stepMs[step].push(performance.now() - began);
  return value;
};

/** One case through CareFlow's API, as an agent works it. */
async function careflowCase(agent: ApiClient, signals: CaseSignals): Promise<void> {
  const opened = await timed('open', () => agent.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: SERVICE_TYPE, channel: 'phone' }));
  if (opened.status !== 201) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
  const { id, caseNumber } = opened.body.case;
  const task = await timed('taskVisible', () => signals.until('task', id, async () => (await agent.get<{ tasks: { id: string }[] }>(`/api/tasks?caseId=${id}`)).body.tasks[0]));
  const done = await timed('complete', () => agent.post(`/api/tasks/${task.id}/complete`, { variables: { note: 'done' } }));
  if (done.status !== 200) throw new Error(`complete: ${done.status} ${JSON.stringify(done.body)}`);
  await timed('closedVisible', () =>
    signals.until('closed', id, async () => {
      const found = await agent.get<{ cases: { status: string }[] }>(`/api/cases?caseNumber=${caseNumber}`);
      return found.body.cases[0]?.status === 'closed' ? true : undefined;
    }),
  );
}

/** The same case on Operaton alone, with the variables CareFlow starts a case's process with. */
async function bareCase(rest: OperatonRest, processId: string, n: number): Promise<void> {
  const caseNumber = `BARE-${process.pid}-${String(n).padStart(6, '0')}`;
  const variables = {
    caseId: crypto.randomUUID(), caseNumber, serviceType: SERVICE_TYPE, channel: 'phone', priority: 'normal',
    elderId: null, elderAreaCode: null, caseAreaPath: null, caseDueAt: new Date(Date.now() + 86_400_000).toISOString(),
  };
  const instanceId = await startInstance(rest, processId, caseNumber, variables);
  // Operaton answers once the instance waits in its task, and a completion once the instance has
  // ended: each read below finds what it looks for the first time (it reads again after 20 ms otherwise).
  const task = await soon(async () => (await rest.get<{ id: string }[]>('/task', { processInstanceId: instanceId }))[0], `a task of ${instanceId}`);
  await rest.post(`/task/${task.id}/complete`, { variables: toTypedVariables({ note: 'done' }) });
  await soon(async () => ((await historicInstancesByIds(rest, [instanceId]))[0]?.state === 'COMPLETED' ? true : undefined), `the end of ${instanceId}`);
}

async function soon<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  for (const deadline = Date.now() + CASE_TIMEOUT_MS; ; await sleep(20)) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${CASE_TIMEOUT_MS / 1000} s`);
  }
}

interface Phase {
  casesPerSecond: number;
  cases: number;
  failures: number;
  seconds: number;
  latencyMs: LoadResult['latency'];
}

let firstError: string | undefined;
let numbered = 0;

/** `count` cases, `concurrency` in flight; a failed case counts as such and the first error is shown. */
async function phase(count: number, runCase: (n: number) => Promise<void>): Promise<Phase> {
  const began = performance.now();
  const result = await runLoad(count, concurrency, async () => {
    try {
      await runCase(numbered++);
      return true;
    } catch (error) {
      if (!firstError) log(`a case failed: ${(firstError = String(error))}`);
      return false;
    }
  });
  const seconds = (performance.now() - began) / 1000;
  const done = count - result.failures;
  return { casesPerSecond: Math.round((done / seconds) * 100) / 100, cases: done, failures: result.failures, seconds: Math.round(seconds * 10) / 10, latencyMs: result.latency };
}

/** Both phases' totals over all rounds: cases over the summed time. */
function overall(phases: Phase[]) {
  const cases = phases.reduce((sum, p) => sum + p.cases, 0);
  const seconds = phases.reduce((sum, p) => sum + p.seconds, 0);
  return { casesPerSecond: Math.round((cases / seconds) * 100) / 100, cases, failures: phases.reduce((sum, p) => sum + p.failures, 0), seconds: Math.round(seconds * 10) / 10 };
}

async function startBareEngine(stackEngineUrl: string): Promise<{ rest: OperatonRest; engine?: BenchOperaton }> {
  const credentials = process.env.PROCESS_ENGINE_PASSWORD ? { user: process.env.PROCESS_ENGINE_USER ?? 'careflow', password: process.env.PROCESS_ENGINE_PASSWORD } : undefined;
  if (bareMode === 'shared') return { rest: new OperatonRest({ baseUrl: stackEngineUrl, credentials, timeoutMs: 60_000 }) };
  let jdbc;
  if (bareDb) {
    await bareDb.prepare();
    jdbc = jdbcFromDatabaseUrl(bareDb.url, await mysqlFlavor(bareDb.url));
  }
  const engine = await startBenchOperaton({ port: int('bare-port', 27612), heap, jdbc, log });
  return { rest: new OperatonRest({ baseUrl: engine.restUrl, timeoutMs: 60_000 }), engine };
}

async function main() {
  await bench.prepare();
  let stack: RunningStack | undefined;
  let bare: { rest: OperatonRest; engine?: BenchOperaton } | undefined;
  let ws: WebSocket | undefined;
  try {
    log(`starting the stack on ${bench.config.type}…`);
    stack = await startStack({
      databaseUrl: bench.url,
      port: int('port', 27610),
      processEnginePort: int('process-engine-port', 27611),
      adminPassword: ADMIN_PASSWORD,
      env: { PASSWORD_CHANGE_ON_FIRST_LOGIN: '0', PROCESS_ENGINE_HEAP: heap },
      log,
    });
    bare = await startBareEngine(stack.processEngineUrl);
    const bareProcess = 'throughput_bare';
    await deploy(bare.rest, bareProcess, model(bareProcess));
    const admin = await signInAdmin(stack.url, ADMIN_PASSWORD);
    await publishServiceType(admin);
    const agent = await signedInAgent(admin, { key: 'hotline', name: '热线坐席' }, 'throughput-agent', AGENT_PASSWORD);
    const signals = new CaseSignals();
    ws = await listen(stack.url, agent, signals);
    const rest = bare.rest;
    const careflowRun = () => careflowCase(agent, signals);
    const bareRun = (n: number) => bareCase(rest, bareProcess, n);

    log(`warm-up: ${warmup} cases each…`);
    const warmedUp = [await phase(warmup, careflowRun), await phase(warmup, bareRun)];
    const warmed = warmedUp[0].cases;
    const fallbacksAfterWarmup = signals.fallbackReads;
    for (const samples of Object.values(stepMs)) samples.length = 0;
    const careflow: Phase[] = [];
    const bareRuns: Phase[] = [];
    for (let round = 1; round <= rounds; round++) {
      careflow.push(await phase(perPhase, careflowRun));
      await sleep(1000); // what the last cases left to do (task feed, history watcher) settles first
      bareRuns.push(await phase(perPhase, bareRun));
      await sleep(1000);
      const [c, b] = [careflow.at(-1)!, bareRuns.at(-1)!];
      log(`round ${round}: CareFlow ${c.casesPerSecond} cases/s (p50 ${c.latencyMs.p50} ms) · bare Operaton ${b.casesPerSecond} cases/s (p50 ${b.latencyMs.p50} ms) · ratio ${(c.casesPerSecond / b.casesPerSecond).toFixed(2)}`);
    }
    const [c, b] = [overall(careflow), overall(bareRuns)];
    const ratio = Math.round((c.casesPerSecond / b.casesPerSecond) * 100) / 100;
    const closed = (await admin.get<{ total: number }>(`/api/cases?serviceType=${SERVICE_TYPE}&status=closed&pageSize=1`)).body.total;
    log(`CareFlow ${c.casesPerSecond} cases/s · bare Operaton ${b.casesPerSecond} cases/s · ratio ${ratio} (target ≥ 0.7)`);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'throughput',
        db: bench.config.type,
        processEngineDb: bench.config.type === 'mysql' ? 'mysql' : 'h2',
        bareEngine: bareMode,
        rounds,
        casesPerPhase: perPhase,
        concurrency,
        warmup,
        warmupFailures: { careflow: warmedUp[0].failures, bare: warmedUp[1].failures },
        careflow: { ...c, closedCases: closed, closedExpected: warmed + c.cases, fallbackReads: signals.fallbackReads - fallbacksAfterWarmup, perRound: careflow },
        bare: { ...b, perRound: bareRuns },
        ratio,
        careflowStepMs: Object.fromEntries(Object.entries(stepMs).map(([step, samples]) => [step, percentiles(samples)])),
        ratioPerRound: careflow.map((p, i) => Math.round((p.casesPerSecond / bareRuns[i].casesPerSecond) * 100) / 100),
        targetMet: ratio >= 0.7 && c.failures === 0 && b.failures === 0 && closed === warmed + c.cases,
        peakRssMb: { engine: peakRssMb(stack.pid), processEngine: peakRssMb(stack.processEnginePid()), bareProcessEngine: peakRssMb(bare.engine?.pid) },
        loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
      })}\n`,
    );
  } finally {
    ws?.close();
    await bare?.engine?.stop();
    await stack?.stop();
    await bareDb?.finish();
    await bench.finish();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
