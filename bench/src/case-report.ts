/**
 * The case and elders reports at city scale on MySQL/MariaDB (target: a month's report p95 ≤ 1 s at 10 users).
 * Usage: npx tsc -b && node bench/dist/case-report.js [--url mysql://root@127.0.0.1:3306/careflow_case_reports]
 *   [--cases 1000000] [--events 10000000] [--days 730] [--requests 200] [--concurrency 10] [--period month|30d] [--keep]
 * Seeds `cases` cases over the last `days` (two years: about 41,000 a month) with `events` timeline
 * entries (the inbox bench's generator, a tenth of the cases left open) for 20,000 registered elders
 * in 1,000 communities, folds them into case_stats and case_duration_buckets as the tally does (and
 * the last two months into the figures by agent: 300 agents open the phone and tv cases), then times
 * last month's (--period 30d: the last 30 days') GET /api/reports/cases by type, channel, area and
 * agent (the figures, plus the open backlog read from the cases) and GET /api/reports/elders by area
 * (read from the cases): computed on every read (REPORT_CACHE_SECONDS=0) by one user and by
 * `concurrency` users in flight, then as shipped, answers kept 30 s (the users share one
 * computation). The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import { daysOf, monthIn, previousMonth } from '@careflow/engine/dist/modules/billing/months';
import { localDay } from '@careflow/engine/dist/modules/calendar/working-days';
import { CASE_GRAINS } from '@careflow/engine/dist/modules/stats/case-entities';
import { CASE_STAT_KEYS, caseGrainRows } from '@careflow/engine/dist/modules/stats/case-sums';
import { CaseMonthGrains1768000001300 } from '@careflow/engine/dist/modules/stats/migrations/1768000001300-case-month-grains';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { eachCaseEvent, Folded, foldAgents } from './case-folds';
import { flags } from './load';
import { timeReports, totalOf, type ReportFigures } from './report-load';
import { BatchInserter, seedCases } from './seed-cases';
import { seedElders } from './seed-elders';
import { orderedId, SEEDED_ELDERS } from './seed-rows';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const caseCount = int('cases', 1_000_000);
const eventCount = int('events', 10_000_000);
const days = int('days', 730);
const requests = int('requests', 200);
const concurrency = int('concurrency', 10);
const bench = new BenchDatabase(opts, 'careflow_case_reports');
const log = (line: string) => process.stderr.write(`${line}\n`);
const TIME_ZONE = 'Asia/Shanghai';


/**
 * Registers the elders the cases are for (1,000 communities) and gives each case its elder's id and
 * area, as a case opened for a registered elder has them.
 */
async function registerElders(dataSource: DataSource): Promise<void> {
  const began = performance.now();
  await seedElders(dataSource, SEEDED_ELDERS);
  await dataSource.query('CREATE TABLE bench_elder_ids (seeded VARCHAR(32) PRIMARY KEY, id VARCHAR(36) NOT NULL)');
  const ids = await BatchInserter.open(dataSource, 'bench_elder_ids', ['seeded', 'id']);
  for (let i = 0; i < SEEDED_ELDERS; i++) await ids.add([`elder-${i}`, orderedId(5, i)]);
  await ids.finish();
  await dataSource.query('UPDATE cases SET elder_id = (SELECT b.id FROM bench_elder_ids b WHERE b.seeded = cases.elder_id)');
  await dataSource.query('UPDATE cases SET area_path = (SELECT e.area_path FROM elders e WHERE e.id = cases.elder_id)');
  await dataSource.query('DROP TABLE bench_elder_ids');
  log(`elders: ${SEEDED_ELDERS} registered, each case given its elder's area, in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

/** Folds every case into the figures by grain as the tally adds them. */
async function fold(dataSource: DataSource): Promise<number> {
  const began = performance.now();
  const folded = new Folded();
  await eachCaseEvent(dataSource, new Date(0), (row, at, sums, bucket) => {
    const place = { day: localDay(at, TIME_ZONE).date, serviceType: row.type, channel: row.channel, areaPath: row.areaPath ?? '', agent: '' };
    // Day grains only: the month rows are summed from them afterwards, as the migration that made them does.
    for (const r of caseGrainRows(place).filter((g) => !CASE_GRAINS[g.grain].month)) folded.add([r.grain, r.day, r.serviceType, r.channel, r.areaPath].join('|'), sums, bucket);
  });
  await folded.write(dataSource, 'case_stats', 'case_duration_buckets', CASE_STAT_KEYS);
  const runner = dataSource.createQueryRunner();
  try {
    await new CaseMonthGrains1768000001300().up(runner);
  } finally {
    await runner.release();
  }
  const statRows = await scalar(dataSource, 'SELECT COUNT(*) FROM case_stats');
  log(`fold: ${statRows} case-stat rows (${folded.stats.size} by day), ${folded.buckets.size} duration buckets by day, in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  return statRows;
}

/** The last full calendar month (a month's report: its month rows), or with --period 30d the last 30 full days (read by day). */
function reportPeriod(): { from: string; to: string; name: string } {
  const day = (offset: number) => localDay(new Date(Date.now() - offset * 86_400_000), TIME_ZONE).date;
  if (opts.get('period') === '30d') return { from: day(31), to: day(1), name: 'the last 30 days' };
  return { ...daysOf(previousMonth(monthIn(TIME_ZONE))), name: 'last month' };
}

async function main() {
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  let seconds = 0;
  if ((await scalar(dataSource, 'SELECT COUNT(*) FROM cases')) === 0) {
    seconds = await seedCases(dataSource, caseCount, eventCount, days);
    await registerElders(dataSource);
  }
  const statRows = (await scalar(dataSource, 'SELECT COUNT(*) FROM case_stats')) || (await fold(dataSource));
  // Two months back covers last month and the last 30 days.
  const agentRows = (await scalar(dataSource, 'SELECT COUNT(*) FROM case_agent_stats')) || (await foldAgents(dataSource, TIME_ZONE, 62, log));
  const figures: Record<string, Record<string, unknown>> = {};
  try {
    // Each report computed on every read (REPORT_CACHE_SECONDS=0) by one user, then by `concurrency`
    // users at once, then as shipped (answers kept 30 s). One user's figure is what a supervisor
    // opening a report nobody else just read waits.
    figures['computed, 1 user'] = await timeCaseReports(dataSource, 0, 1);
    figures[`computed, ${concurrency} users`] = await timeCaseReports(dataSource, 0, concurrency);
    figures[`kept 30 s, ${concurrency} users`] = await timeCaseReports(dataSource, 30, concurrency);
    const events = await scalar(dataSource, 'SELECT COUNT(*) FROM case_events');
    process.stdout.write(`${JSON.stringify({ bench: 'case-report', database: bench.config.type, cases: caseCount, days, events, period: reportPeriod(), seededSeconds: Math.round(seconds), caseStatRows: statRows, caseAgentStatRows: agentRows, concurrency, requests, targetP95Ms: 1000, figures })}\n`);
  } finally {
    await dataSource.destroy();
    await bench.finish();
  }
}

/** A month's case reports and the elders report, on an engine keeping answers `cacheSeconds`, read by `users` at once. */
function timeCaseReports(dataSource: DataSource, cacheSeconds: number, users: number): Promise<ReportFigures> {
  const { from, to, name } = reportPeriod();
  log(`${name}, ${from}–${to}`);
  return timeReports({ dataSource, config: bench.engineConfig(), cacheSeconds, users, requests: users === 1 ? Math.ceil(requests / 4) : requests, log }, [
    ...['type', 'channel', 'area', 'agent'].map((groupBy) => ({ name: `cases by ${groupBy}`, path: `/api/reports/cases?from=${from}&to=${to}&groupBy=${groupBy}`, counted: totalOf('opened') })),
    { name: 'elders by area', path: `/api/reports/elders?from=${from}&to=${to}&groupBy=area`, counted: totalOf('served') },
  ]);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
