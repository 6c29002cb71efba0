/**
 * Inbox and case-search latency on MySQL/MariaDB at hotline scale (the target: inbox p95 ≤ 50 ms).
 * Usage: npx tsc -b && node bench/dist/inbox.js [--url mysql://root@127.0.0.1:3306/careflow_bench]
 *   [--cases 100000] [--events 1000000] [--requests 2000] [--concurrency 20] [--keep] [--explain]
 *   [--only inbox,caseSearch] (time only these kinds)
 * Seeds the database with bulk INSERTs (not the API), starts the engine in this process, times
 * `requests` requests per kind with `concurrency` in flight, and prints one JSON line last.
 * The database is dropped and re-created first and dropped at the end, unless --keep.
 */
import { openDatabase, RunningEngine } from '@careflow/engine';
import type { PublicUser, Role } from '@careflow/engine/dist/modules/identity/entities';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { explainInbox } from './explain-inbox';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { startEngineWithoutProcesses } from './process-engine';
import { flags, LoadResult } from './load';
import { LoadKind, loadInWorker } from './load-worker';
import { seedCases } from './seed-cases';
import { prng } from './seed-rows';

const opts = flags(process.argv.slice(2));
const count = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const cases = count('cases', 100_000);
const events = count('events', 1_000_000);
const requests = count('requests', 2000);
const concurrency = count('concurrency', 20);
const bench = new BenchDatabase(opts, 'careflow_bench');

const PASSWORD = 'bench-password-1';
const AGENT_GROUPS = ['hotline', 'dispatch'];
const WARM_UP = 200;
const log = (line: string) => process.stderr.write(`${line}\n`);


/** Created through the engine (real password hash, audit entry) unless a kept database has it. */
async function ensureUser(engine: RunningEngine, dataSource: DataSource, username: string, roles: Role[], groups: string[]): Promise<PublicUser> {
  const found: { id: string }[] = await dataSource.query('SELECT id FROM users WHERE username = ?', [username]);
  if (found.length > 0) return engine.users.get(found[0].id);
  return engine.users.create({ username, displayName: username, password: PASSWORD, roles, groups }, { id: null, username: 'system', ip: null });
}

async function main() {
  await bench.prepare();
  const config = bench.engineConfig();
  const dataSource = await openDatabase(bench.config);
  let seedSeconds = 0;
  if ((await scalar(dataSource, 'SELECT COUNT(*) FROM cases')) === 0) seedSeconds = await seedCases(dataSource, cases, events);
  else log(`reusing the seeded database ${bench.name}`);

  const engine = await startEngineWithoutProcesses(config, dataSource);
  const results: Record<string, LoadResult> = {};
  let agentInboxTotal = 0;
  let loadAverage = 0;
  const counts = { cases: 0, events: 0, openTasks: 0 };
  try {
    const adminUser = await ensureUser(engine, dataSource, 'admin', ['admin'], []);
    const agentUser = await ensureUser(engine, dataSource, 'bench-agent', ['agent'], AGENT_GROUPS);
    const admin = new ApiClient(engine.url);
    const agent = new ApiClient(engine.url);
    await admin.login('admin', PASSWORD);
    await agent.login('bench-agent', PASSWORD);
    counts.cases = await scalar(dataSource, 'SELECT COUNT(*) FROM cases');
    counts.events = await scalar(dataSource, 'SELECT COUNT(*) FROM case_events');
    counts.openTasks = await scalar(dataSource, "SELECT COUNT(*) FROM tasks WHERE status = 'created'");
    const openPages = Math.max(1, Math.ceil((await scalar(dataSource, "SELECT COUNT(*) FROM cases WHERE status = 'open'")) / 20));
    const numbers: { n: string }[] = await dataSource.query('SELECT case_number AS n FROM cases ORDER BY RAND() LIMIT ?', [requests]);
    const rand = prng(42);
    agentInboxTotal = Number((await agent.get<{ total: number }>('/api/tasks')).body.total);

    const caseNumbers = numbers.map((row) => `/api/cases?caseNumber=${row.n}`);
    const casePages = Array.from({ length: requests }, () => `/api/cases?status=open&page=${1 + Math.floor(rand() * openPages)}`);
    const adminCookie = admin.sessionCookie ?? '';
    const kinds: LoadKind[] = [
      { name: 'authMe', paths: ['/api/auth/me'], check: 'ok' }, // the floor: session check only, no business query
      { name: 'inbox', paths: ['/api/tasks'], check: 'ok' },
      { name: 'inboxAll', paths: ['/api/tasks?view=all'], check: 'ok', cookie: adminCookie },
      { name: 'caseSearch', paths: casePages, check: 'ok', cookie: adminCookie },
      { name: 'caseByNumber', paths: caseNumbers, check: 'oneTotal', cookie: adminCookie }, // the number exists: exactly one hit
    ];
    loadAverage = os.loadavg()[0]; // other work on the host shares the CPUs with the engine and MariaDB
    const only = opts.get('only')?.split(',');
    const chosen = kinds.filter((kind) => !only || only.includes(kind.name));
    // The load comes from a worker thread: the engine's event loop serves requests only.
    Object.assign(results, await loadInWorker({ baseUrl: engine.url, cookie: agent.sessionCookie ?? '', kinds: chosen, requests, concurrency, warmUp: WARM_UP }));
    for (const [name, result] of Object.entries(results)) log(`${name}: ${JSON.stringify(result)}`);
    if (opts.has('explain')) {
      await explainInbox(dataSource, agentUser, 'visible');
      await explainInbox(dataSource, adminUser, 'all');
    }
  } finally {
    await engine.stop();
    await dataSource.destroy();
  }
  await bench.finish();

  const pick = (name: string) => results[name]?.latency;
  const summary = {
    bench: 'inbox',
    db: 'mysql',
    ...counts,
    concurrency,
    requests,
    inbox: pick('inbox'),
    inboxAll: pick('inboxAll'),
    caseSearch: pick('caseSearch'),
    caseByNumber: pick('caseByNumber'),
    authMe: pick('authMe'),
    seedSeconds: Math.round(seedSeconds * 10) / 10,
    failures: Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.failures])),
    requestsPerSecond: Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.requestsPerSecond])),
    agentInboxTotal,
    loadAverage: Math.round(loadAverage * 100) / 100,
    inboxTargetMet: (pick('inbox')?.p95 ?? Infinity) <= 50,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
