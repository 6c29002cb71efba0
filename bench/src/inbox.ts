/**
 * Inbox and case-search latency on MySQL/MariaDB at hotline scale (the target: inbox p95 ≤ 50 ms).
 * Usage: npx tsc -b && node bench/dist/inbox.js [--url mysql://root@127.0.0.1:3306/careflow_bench]
 *   [--cases 100000] [--events 1000000] [--requests 2000] [--concurrency 20] [--keep] [--explain]
 *   [--only inbox,caseSearch] (time only these kinds)
 * Seeds the database with bulk INSERTs (not the API), starts the engine in this process, times
 * `requests` requests per kind with `concurrency` in flight, and prints one JSON line last.
 * The database is dropped and re-created first and dropped at the end, unless --keep.
 */
import { createZeebeClient, loadEngineConfig, openDatabase, RunningEngine, startEngine } from '@careflow/engine';
import type { DatabaseConfig } from '@careflow/engine/dist/config';
import { createLogger } from '@careflow/engine/dist/logger';
import type { PublicUser, Role } from '@careflow/engine/dist/modules/identity/entities';
import { ApiClient } from '@careflow/engine/dist/testing/api-client';
import mysql from 'mysql2/promise';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { explainInbox } from './explain-inbox';
import { flags, LoadResult } from './load';
import { LoadKind, loadInWorker } from './load-worker';
import { seedCases } from './seed-cases';
import { prng } from './seed-rows';

const opts = flags(process.argv.slice(2));
const count = (name: string, fallback: number) => {
  const value = Number(opts.get(name) ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const cases = count('cases', 100_000);
const events = count('events', 1_000_000);
const requests = count('requests', 2000);
const concurrency = count('concurrency', 20);
const keep = opts.has('keep');
const dbUrl = new URL(opts.get('url') ?? 'mysql://root@127.0.0.1:3306/careflow_bench');
const dbName = dbUrl.pathname.slice(1) || 'careflow_bench';
if (!/^\w+$/.test(dbName)) throw new Error(`Bad database name ${dbName}`);
dbUrl.pathname = `/${dbName}`;
const serverUrl = new URL(dbUrl.toString());
serverUrl.pathname = '/';

const PASSWORD = 'bench-password-1';
const AGENT_GROUPS = ['hotline', 'dispatch'];
const WARM_UP = 200;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Database-level statements go to the server: the bench database may not exist yet. */
async function onServer(sql: string): Promise<void> {
  const conn = await mysql.createConnection(serverUrl.toString());
  try {
    await conn.query(sql);
  } finally {
    await conn.end();
  }
}

async function scalar(dataSource: DataSource, sql: string): Promise<number> {
  const rows: Record<string, string | number>[] = await dataSource.query(sql);
  return Number(Object.values(rows[0])[0]);
}

/** Created through the engine (real password hash, audit entry) unless a kept database has it. */
async function ensureUser(engine: RunningEngine, dataSource: DataSource, username: string, roles: Role[], groups: string[]): Promise<PublicUser> {
  const found: { id: string }[] = await dataSource.query('SELECT id FROM users WHERE username = ?', [username]);
  if (found.length > 0) return engine.users.get(found[0].id);
  return engine.users.create({ username, displayName: username, password: PASSWORD, roles, groups }, { id: null, username: 'system', ip: null });
}

async function main() {
  if (!keep) await onServer(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await onServer(`CREATE DATABASE IF NOT EXISTS \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  // As the test harness builds it: defaults, a random port, quiet logs.
  const base = loadEngineConfig({ PORT: '1', HOST: '127.0.0.1', CAREFLOW_HOME: path.join(os.tmpdir(), 'careflow-bench-home'), LOG_LEVEL: 'silent' });
  const database: DatabaseConfig = { type: 'mysql', url: dbUrl.toString() };
  const config = { ...base, database, http: { ...base.http, port: 0 } };
  const dataSource = await openDatabase(database);
  let seedSeconds = 0;
  if ((await scalar(dataSource, 'SELECT COUNT(*) FROM cases')) === 0) seedSeconds = await seedCases(dataSource, cases, events);
  else log(`reusing the seeded database ${dbName}`);

  // The bench never calls Zeebe; without a broker the SDK keeps retrying in the background.
  const zeebeAddress = process.env.CAREFLOW_BENCH_ZEEBE_ADDRESS ?? '127.0.0.1:26500';
  const zeebe = createZeebeClient(zeebeAddress);
  // No connector workers: the bench starts no process, so they would only poll.
  const connectors = { descriptors: [], maxJobsActive: 1 };
  const engine = await startEngine({ config, dataSource, zeebe, zeebeAddress, logger: createLogger('silent'), connectors });
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
    await zeebe.close();
    await dataSource.destroy();
  }
  if (!keep) await onServer(`DROP DATABASE IF EXISTS \`${dbName}\``);

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
