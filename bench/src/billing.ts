/**
 * Household billing and the provider portal on MySQL/MariaDB at city scale (target: one elder's
 * statement p95 ≤ 100 ms at 20 in flight).
 * Usage: npx tsc -b && node bench/dist/billing.js [--url mysql://root@127.0.0.1:3306/careflow_billing]
 *   [--elders 20000] [--orders-per-elder 8] [--providers 20] [--dispatches-per-provider 200]
 *   [--requests 2000] [--concurrency 20] [--batch-concurrency 8] [--pdfs 500] [--detail-requests 200] [--keep]
 * Seeds elders, providers with a provider_admin each, their cases and dispatches and a past month of
 * charge lines (orders-per-elder lines per elder) by bulk INSERTs, starts the engine in this process
 * and, with the load from a worker thread, times: the month's close (月结), every elder's statement of
 * the month and a sample of PDFs, one elder's statement under load (hotline admin and provider
 * admins), and the provider portal (order list, settlements) for all provider admins at once.
 * Peak RSS and heap are sampled per phase (engine and load generator share this process). The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import type { RunningEngine } from '@careflow/engine';
import { monthIn } from '@careflow/engine/dist/modules/billing/months';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { Call, callsInWorker, CallsResult, Expect } from './billing-worker';
import { flags } from './load';
import { startEngineWithoutProcesses } from './process-engine';
import { elderId, previousMonth, providerId, providersOf, seedBilling } from './seed-billing';
import { seedElders } from './seed-elders';
import { prng } from './seed-rows';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const elderCount = int('elders', 20_000);
const linesPerElder = int('orders-per-elder', 8);
const providerCount = int('providers', 20);
const dispatchesPerProvider = int('dispatches-per-provider', 200);
const requests = int('requests', 2000);
const concurrency = int('concurrency', 20);
const batchConcurrency = int('batch-concurrency', 8);
const pdfCount = int('pdfs', 500);
const detailRequests = int('detail-requests', 200);
const bench = new BenchDatabase(opts, 'careflow_billing');
const log = (line: string) => process.stderr.write(`${line}\n`);
const PASSWORD = 'bench-password-1';
const TARGET_P95_MS = 100;
const SYSTEM = { id: null, username: 'system', ip: null };

const mb = (bytes: number) => Math.round(bytes / 1048576);
const load1 = () => Math.round(os.loadavg()[0] * 100) / 100;

interface Memory {
  rssBeforeMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
  peakExternalMb: number;
  peakLoadAverage: number;
}

/** Samples this process's memory (engine, its database driver and the load thread) every 50 ms. */
class MemoryPeak {
  private readonly before = process.memoryUsage().rss;
  private rss = 0;
  private heap = 0;
  private external = 0;
  private loadAverage = 0;
  private readonly timer = setInterval(() => this.sample(), 50);

  constructor() {
    this.sample();
  }

  private sample(): void {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
    this.external = Math.max(this.external, m.external);
    this.loadAverage = Math.max(this.loadAverage, load1());
  }

  stop(): Memory {
    clearInterval(this.timer);
    this.sample();
    return { rssBeforeMb: mb(this.before), peakRssMb: mb(this.rss), peakHeapUsedMb: mb(this.heap), peakExternalMb: mb(this.external), peakLoadAverage: this.loadAverage };
  }
}

async function measured<T>(name: string, run: () => Promise<T>, show: (result: T) => unknown = (r) => r): Promise<{ result: T; ms: number; memory: Memory }> {
  log(`${name}… (load average ${load1()})`);
  const peak = new MemoryPeak();
  const began = performance.now();
  try {
    const result = await run();
    const ms = Math.round((performance.now() - began) * 10) / 10;
    const memory = peak.stop();
    log(`${name}: ${ms} ms ${JSON.stringify(show(result))} ${JSON.stringify(memory)}`);
    return { result, ms, memory };
  } catch (error) {
    peak.stop();
    throw error;
  }
}

async function counts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = ['elders', 'providers', 'charge_lines', 'dispatches', 'cases'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await scalar(dataSource, `SELECT COUNT(*) FROM ${t}`)] as const)));
}

async function seed(dataSource: DataSource, month: string): Promise<{ seconds: number; linkedLines: number }> {
  log(`seeding ${elderCount} elders…`);
  const elders = await seedElders(dataSource, elderCount);
  log(`elders in ${elders.seconds.toFixed(1)} s; seeding ${providerCount} providers, ${providerCount * dispatchesPerProvider} dispatches and ${elderCount * linesPerElder} charge lines of ${month}…`);
  const billing = await seedBilling(dataSource, { elders: elderCount, linesPerElder, providers: providerCount, dispatchesPerProvider, month });
  log(`billing in ${billing.seconds.toFixed(1)} s (${billing.linkedLines} lines charged from dispatches)`);
  return { seconds: elders.seconds + billing.seconds, linkedLines: billing.linkedLines };
}

/** The bench's admin and one provider_admin per provider, made through the engine's user service once. */
async function ensureUsers(engine: RunningEngine, dataSource: DataSource, providers: number): Promise<void> {
  const existing = new Set(((await dataSource.query("SELECT username FROM users WHERE username LIKE 'bench-%'")) as { username: string }[]).map((u) => u.username));
  if (!existing.has('bench-admin')) await engine.users.create({ username: 'bench-admin', displayName: '结算管理员', password: PASSWORD, roles: ['admin'], groups: [] }, SYSTEM);
  for (let k = 0; k < providers; k++) {
    const username = `bench-provider-${k + 1}`;
    if (!existing.has(username)) await engine.users.create({ username, displayName: `服务商管理员${k + 1}`, password: PASSWORD, roles: ['provider_admin'], groups: [], providerId: providerId(k) }, SYSTEM);
  }
}

async function loggedIn(url: string, username: string): Promise<string> {
  const client = new ApiClient(url);
  await client.login(username, PASSWORD);
  return client.sessionCookie ?? '';
}

function pick<T>(list: T[], count: number, seed: number): T[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => list[Math.floor(rand() * list.length)]);
}

async function main() {
  const loadAtStart = load1();
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  const config = bench.engineConfig();
  let month = previousMonth(monthIn(config.cases.timeZone));
  let seedSeconds = 0;
  let linkedLines: number | null = null;
  if ((await scalar(dataSource, 'SELECT COUNT(*) FROM elders')) === 0) {
    ({ seconds: seedSeconds, linkedLines } = await seed(dataSource, month));
    log(`seeded in ${seedSeconds.toFixed(1)} s`);
  } else {
    const found: { month: string | null }[] = await dataSource.query('SELECT MAX(month) AS month FROM charge_lines');
    month = found[0]?.month ?? month;
    // Measure the close again: the month opens as before the last run.
    await dataSource.query('DELETE FROM billing_months WHERE month = ?', [month]);
    log(`reusing ${bench.name} (month ${month})`);
  }
  const seeded = await counts(dataSource);
  const providers = seeded.providers;
  const monthElders = ((await dataSource.query('SELECT DISTINCT elder_id FROM charge_lines WHERE month = ? ORDER BY elder_id', [month])) as { elder_id: string }[]).map((r) => r.elder_id);

  const engine = await startEngineWithoutProcesses(config, dataSource);
  const figures: Record<string, unknown> = {};
  const run = (name: string, expect: Expect, calls: Call[], count: number, inFlight: number, warmUp: number) =>
    measured(name, () => callsInWorker({ baseUrl: engine.url, calls, requests: count, concurrency: inFlight, warmUp, expect }));
  // seconds: the timed requests only (not the warm-up nor the worker's start).
  const loadFigures = ({ result, memory }: { result: CallsResult; memory: Memory }) => ({ ...result, memory });
  let statementP95 = Infinity;
  try {
    await ensureUsers(engine, dataSource, providers);
    const admin = new ApiClient(engine.url);
    await admin.login('bench-admin', PASSWORD);
    const adminCookie = admin.sessionCookie ?? '';

    // a. 月结 of the seeded month, through the API as the admin.
    const close = await measured('close', async () => (await admin.post(`/api/billing/months/${month}/close`)).status);
    if (close.result !== 200) throw new Error(`closing ${month} answered ${close.result}`);
    figures.close = { ms: close.ms, status: close.result, closeAgainStatus: (await admin.post(`/api/billing/months/${month}/close`)).status, memory: close.memory };

    // A statement as the bench expects it, before timing thousands of them.
    const sample = await admin.get<{ statement: { lines: unknown[]; closed: boolean; totals: { amount: number } } }>(`/api/billing/statements/${monthElders[0]}?month=${month}`);
    const shown = sample.body.statement;
    if (sample.status !== 200 || !shown.closed || shown.lines.length === 0) throw new Error(`statement of ${monthElders[0]}: ${sample.status} ${JSON.stringify(sample.body).slice(0, 300)}`);
    log(`sample statement: ${shown.lines.length} lines, ${shown.totals.amount} fen, closed`);

    // b. Every elder's statement of the month (the month-end run), then a sample as PDFs.
    const statementPath = (id: string) => `/api/billing/statements/${id}?month=${month}`;
    const all = loadFigures(await run('statements of every elder', 'json', monthElders.map((id) => ({ path: statementPath(id), cookie: adminCookie })), monthElders.length, batchConcurrency, 0));
    figures.allStatements = { elders: monthElders.length, concurrency: batchConcurrency, ...all, eldersPerSecond: Math.round(monthElders.length / all.seconds) };
    const pdfElders = pick(monthElders, pdfCount, 11).map((id) => ({ path: `/api/billing/statements/${id}/pdf?month=${month}`, cookie: adminCookie }));
    const pdfs = loadFigures(await run('statement PDFs', 'pdf', pdfElders, pdfCount, batchConcurrency, 0));
    figures.pdfs = { count: pdfCount, concurrency: batchConcurrency, ...pdfs, pdfsPerSecond: Math.round((pdfCount / pdfs.seconds) * 10) / 10 };

    // d (logins first). The provider admins log in at once; their sessions serve c and d.
    const login = await measured('provider admin logins', () => Promise.all(Array.from({ length: providers }, (_, k) => loggedIn(engine.url, `bench-provider-${k + 1}`))), (cookies) => `${cookies.length} sessions`);
    const providerCookies = login.result;

    // c. One elder's statement under load: the hotline admin's view, and a provider admin's of its own elders.
    const picks = pick(monthElders, requests, 7);
    const one = loadFigures(await run('one statement (admin)', 'json', picks.map((id) => ({ path: statementPath(id), cookie: adminCookie })), requests, concurrency, 200));
    statementP95 = one.latency.p95;
    const indexRand = prng(9);
    const providerPicks = Array.from({ length: requests }, (): Call => {
      const i = Math.floor(indexRand() * Math.min(elderCount, seeded.elders));
      return { path: statementPath(elderId(i)), cookie: providerCookies[providersOf(i, providers).main] };
    });
    const oneProvider = loadFigures(await run('one statement (provider admin)', 'json', providerPicks, requests, concurrency, 200));
    figures.statement = { requests, concurrency, admin: one, providerAdmin: oneProvider, targetP95Ms: TARGET_P95_MS };

    // d. The provider portal: every provider admin at once on its orders and settlements.
    const each = (count: number, path: (k: number) => string): Call[] => Array.from({ length: count }, (_, i) => ({ path: path(i % providers), cookie: providerCookies[i % providers] }));
    const orders = loadFigures(await run('portal: GET /api/dispatches', 'json', each(requests, () => '/api/dispatches'), requests, concurrency, 100));
    const settlements = loadFigures(await run('portal: GET /api/billing/settlements', 'json', each(requests, () => `/api/billing/settlements?month=${month}`), requests, concurrency, 100));
    const detail = loadFigures(await run('portal: GET /api/billing/settlements/:providerId', 'json', each(detailRequests, (k) => `/api/billing/settlements/${providerId(k)}?month=${month}&page=1&pageSize=50`), detailRequests, concurrency, 20));
    figures.portal = { providerAdmins: providers, concurrency, loginMs: login.ms, loginMemory: login.memory, dispatches: orders, settlements, settlementDetail: detail };
  } finally {
    await engine.stop();
    await dataSource.destroy();
  }
  await bench.finish();
  process.stdout.write(
    `${JSON.stringify({
      bench: 'billing',
      db: bench.config.type,
      month,
      ...seeded,
      linesPerElder,
      linkedLines,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      ...figures,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      loadAverage: { start: loadAtStart, end: load1(), cpus: os.cpus().length },
      statementTargetMet: statementP95 <= TARGET_P95_MS,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
