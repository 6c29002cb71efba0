/**
 * The call report at city scale on MySQL/MariaDB (target: a month's report p95 ≤ 1 s at 10 users).
 * Usage: npx tsc -b && node bench/dist/call-report.js [--url mysql://root@127.0.0.1:3306/careflow_reports]
 *   [--calls 2000000] [--months 12] [--agents 50] [--areas 100] [--requests 300] [--concurrency 10] [--keep]
 * Makes `calls` synthetic calls over the last `months` months (busier by day, 10 % abandoned, 3 %
 * missed, agents' and robot calls beside them), folds them into call_stats exactly as the tally
 * does (a row per grain: hour or day, kind, area and/or agent), then times GET /api/reports/calls for
 * the last full month by day, agent, area and hour with `concurrency` users in flight: computed on every
 * read (REPORT_CACHE_SECONDS=0), then as shipped (answers kept 30 s). The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import { addSums, callSums, grainRows, NO_SUMS, SUM_COLUMN_NAMES, SUM_KEYS } from '@careflow/engine/dist/modules/stats/sums';
import { localTimeOf } from '@careflow/engine/dist/local-time';
import type { CallStatKind, CallSums } from '@careflow/engine/dist/modules/stats/entities';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { flags } from './load';
import { timeReports, totalOf, type ReportFigures } from './report-load';
import { prng } from './seed-rows';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const callCount = int('calls', 2_000_000);
const months = int('months', 12);
const agents = int('agents', 50);
const areas = int('areas', 100);
const requests = int('requests', 300);
const concurrency = int('concurrency', 10);
const bench = new BenchDatabase(opts, 'careflow_reports');
const log = (line: string) => process.stderr.write(`${line}\n`);
const TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

/** One synthetic call, shaped like the calls table's row the tally reads. */
function synthetic(random: () => number, now: number) {
  const startedAt = new Date(now - Math.floor(random() * months * 30 * DAY_MS));
  const roll = random();
  const mode: CallStatKind = roll < 0.8 ? 'inbound' : roll < 0.9 ? 'click_to_call' : 'robot';
  const fate = random();
  const answered = mode === 'inbound' ? fate < 0.87 : fate < 0.7;
  const wait = Math.floor(random() * (fate < 0.6 ? 15 : 60));
  const answeredAt = answered ? new Date(startedAt.getTime() + wait * 1000) : null;
  const endedAt = new Date(startedAt.getTime() + (answered ? wait + 60 + Math.floor(random() * 400) : wait) * 1000);
  const areaPath = random() < 0.7 ? `/3701/370102/${String(Math.floor(random() * areas)).padStart(3, '0')}/` : '';
  const agent = answered && mode !== 'robot' ? `bench-agent-${Math.floor(random() * agents) + 1}` : '';
  const call = { mode, startedAt, answeredAt, endedAt, durationSec: null, outcome: answered ? 'answered' : 'no_answer' } as const;
  const sums = callSums(call, mode === 'inbound' && !answered && fate > 0.97);
  // A wrap-up follows most answered inbound calls.
  const { date, hour } = localTimeOf(startedAt, TIME_ZONE);
  return { place: { hour: `${date} ${hour}`, kind: mode, areaPath, agent }, sums: mode === 'inbound' && answered ? { ...sums, wrapUps: 1, wrapSec: 10 + Math.floor(random() * 40) } : sums };
}

async function seed(dataSource: DataSource): Promise<{ seconds: number; rows: number }> {
  const began = performance.now();
  const random = prng(21);
  const rows = new Map<string, CallSums>();
  const now = Date.now();
  for (let i = 0; i < callCount; i++) {
    const { place, sums } = synthetic(random, now);
    for (const r of grainRows(place)) {
      const key = [r.grain, r.period, r.kind, r.areaPath, r.agent].join('|');
      rows.set(key, addSums(rows.get(key) ?? NO_SUMS, sums));
    }
  }
  const all = [...rows.entries()];
  for (let i = 0; i < all.length; i += 2000) {
    const batch = all.slice(i, i + 2000);
    const values = batch.flatMap(([key, sums]) => [...key.split('|'), ...SUM_KEYS.map((k) => sums[k])]);
    await dataSource.query(`INSERT INTO call_stats (grain, period, kind, area_path, agent, ${SUM_COLUMN_NAMES.join(', ')}) VALUES ${batch.map(() => `(${Array(15).fill('?').join(', ')})`).join(', ')}`, values);
  }
  return { seconds: (performance.now() - began) / 1000, rows: all.length };
}

/** The last full month, as the report's from–to. */
function lastMonth(): { from: string; to: string } {
  const today = new Date();
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

async function main() {
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  let seeded = { seconds: 0, rows: await scalar(dataSource, 'SELECT COUNT(*) FROM call_stats') };
  if (seeded.rows === 0) seeded = await seed(dataSource);
  log(`${seeded.rows} call-stat rows for ${callCount} calls (seeded in ${seeded.seconds.toFixed(1)} s)`);
  const figures: Record<string, ReportFigures> = {};
  try {
    // Computed on every read (REPORT_CACHE_SECONDS=0), then as shipped (answers kept 30 s).
    const { from, to } = lastMonth();
    log(`the last full month, ${from}–${to}`);
    const reports = ['day', 'agent', 'area', 'hour'].map((groupBy) => ({ name: groupBy, path: `/api/reports/calls?from=${from}&to=${to}&groupBy=${groupBy}`, counted: totalOf('offered') }));
    for (const cacheSeconds of [0, 30]) figures[`kept ${cacheSeconds} s`] = await timeReports({ dataSource, config: bench.engineConfig(), cacheSeconds, users: concurrency, requests, log }, reports);
    const offered = figures['kept 30 s'].day.counted;
    process.stdout.write(`${JSON.stringify({ bench: 'call-report', database: bench.config.type, calls: callCount, callStatRows: seeded.rows, monthOffered: offered, concurrency, requests, targetP95Ms: 1000, figures })}\n`);
  } finally {
    await dataSource.destroy();
    await bench.finish();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
