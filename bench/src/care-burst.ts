/**
 * 主动关怀 at city scale (issue 20's "Measure"): 50,000 elders with weekly robot care calls, one
 * day's 7,000+ occurrences fired in a burst, the throttle holding.
 * Usage: npm run build && node bench/dist/care-burst.js [--mysql [mysql://root@127.0.0.1:3306/careflow_care_burst]]
 *   [--elders 50000] [--throttle-minutes 5] [--pass-seconds 60] [--calls-per-minute 60] [--burst-per-minute 100000]
 *   [--queue-timeout 900] [--process-engine-port 27260] [--heap 768m] [--keep: leave CareFlow's database for a look; a run needs a new one]
 * Seeds the elders by bulk INSERTs (1,000 communities in 100 streets), starts Operaton (H2 under a
 * temporary folder) and the engine in this process with no connectors, so the robot calls stay
 * queued in Operaton. An admin makes one 关怀规则 per street through the API ("every elder of this
 * street: a weekly robot care call", the streets' weekdays spread so that today's holds ≥ 1/7 of the
 * elders): the rules' own path, timed. Then the plans' opener runs on the wall clock — the throttle
 * counts the cases' opening times, which are the wall clock's, so on a test clock a minute or more
 * away from it each pass would find its minute empty, and the robot calls of a day ahead would wait
 * on their timers — first with the throttle at
 * `calls-per-minute`, a pass every `pass-seconds` (the engine's default CARE_PASS_SECONDS) for
 * `throttle-minutes`, then with the throttle at `burst-per-minute`, passes back to back until every
 * occurrence has its case: the raw capacity. It waits until Operaton holds every robot call
 * (external tasks of careflow:call:1) and prints a table on stderr; the last line is JSON.
 * SQLite by default, `--mysql` for MySQL/MariaDB (Operaton stays on H2 either way). The engine and
 * this bench share one Node process: its peak RSS is both.
 */
import { openDatabase, startEngine } from '@careflow/engine';
import type { RunningEngine } from '@careflow/engine';
import { carePlansModule } from '@careflow/engine/dist/modules/care-plans';
import { CareOpener } from '@careflow/engine/dist/modules/care-plans/opener';
import { SystemUser } from '@careflow/engine/dist/modules/care-plans/system-user';
import { CareThrottle } from '@careflow/engine/dist/modules/care-plans/throttle';
import { localDay } from '@careflow/engine/dist/modules/calendar/working-days';
import { casesModule } from '@careflow/engine/dist/modules/cases';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { BenchDatabase, positiveInt } from './bench-database';
import { CALL_TOPIC, careflowDbMb, h2Mb, openedOccurrences, queuedCalls, round1, Sampler, throttleMinutes } from './care-burst-measure';
import { peakRssMb } from './embedded-stack';
import { flags } from './load';
import { BenchOperaton, startBenchOperaton } from './process-engine';
import { seedElders } from './seed-elders';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const elderCount = int('elders', 50_000);
const throttleMinutesToRun = int('throttle-minutes', 5);
const passSeconds = int('pass-seconds', 60);
const callsPerMinute = int('calls-per-minute', 60);
const burstPerMinute = int('burst-per-minute', 100_000);
const queueTimeoutMs = int('queue-timeout', 900) * 1000;
const heap = opts.get('heap') ?? '768m';
const mysqlUrl = opts.get('mysql') === 'true' ? 'mysql://root@127.0.0.1:3306/careflow_care_burst' : opts.get('mysql');
const bench = new BenchDatabase(new Map([...opts, ['url', mysqlUrl ?? `sqlite:${path.join(os.tmpdir(), `careflow-care-burst-${process.pid}.db`)}`]]), 'careflow_care_burst');
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: number) => round1((performance.now() - since) / 1000);
const PASSWORD = 'Bench-careflow-1';
/** No quiet hours (from = until) and a window over the whole day: the bench fires today's occurrences whenever it runs. */
const CARE = { passSeconds: 0, quietFrom: '00:00', quietUntil: '00:00', retryMinutes: 30, tries: 3, visitWithinHours: 24, callsPerMinute };

/** The admin's rules, one per street, weekdays spread from today's; returns the plans they made and today's share. */
async function makeRules(admin: ApiClient, communities: string[], today: number): Promise<{ plans: number; dueToday: number; rules: number }> {
  const streets = [...new Set(communities.map((c) => c.slice(0, 7)))];
  const weekdayOf = (street: string) => ((today - 1 + streets.indexOf(street)) % 7) + 1;
  let plans = 0;
  for (const street of streets) {
    const body = { name: `每周关怀电话 ${street}`, filter: { areaCode: street }, kind: 'care_call', channel: 'robot', schedule: { kind: 'weekly', weekdays: [weekdayOf(street)] }, windowFrom: '00:00', windowTo: '23:59', holidays: 'skip' };
    const res = await admin.post<{ rule: { plans: number } }>('/api/care-rules', body);
    if (res.status !== 201) throw new Error(`care rule not made: ${res.status} ${JSON.stringify(res.body)}`);
    plans += res.body.rule.plans;
  }
  let dueToday = 0;
  for (let i = 0; i < elderCount; i++) if (weekdayOf(communities[i % communities.length].slice(0, 7)) === today) dueToday++;
  return { plans, dueToday, rules: streets.length };
}

async function published(admin: ApiClient): Promise<void> {
  for (const deadline = Date.now() + 180_000; ; await sleep(1000)) {
    const type = await admin.get<{ serviceType?: { publishedVersion: number | null } }>('/api/service-types/proactive-care');
    if (type.body.serviceType?.publishedVersion) return;
    if (Date.now() > deadline) throw new Error('the proactive-care service type was not published by the seed');
  }
}

async function main() {
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  let operaton: BenchOperaton | undefined;
  let engine: RunningEngine | undefined;
  try {
    operaton = await startBenchOperaton({ port: int('process-engine-port', 27260), heap, log });
    const rest = new OperatonRest({ baseUrl: operaton.restUrl, timeoutMs: 60_000 });
    log(`seeding ${elderCount} elders…`);
    const seeded = await seedElders(dataSource, elderCount);
    const base = bench.engineConfig();
    const config = { ...base, care: CARE, passwordChangeOnFirstLogin: false };
    engine = await startEngine({ config, dataSource, logger, connectors: { descriptors: [], maxTasksActive: 1 }, processEngine: { rest, embedded: false } });
    await engine.users.ensureAdmin(PASSWORD);
    const admin = new ApiClient(engine.url);
    await admin.login('admin', PASSWORD);
    await published(admin);
    await admin.post('/api/groups', { key: 'hotline', name: '热线坐席' }); // 409 when the seed made it

    const { date, weekday } = localDay(new Date(), config.cases.timeZone);
    const today = weekday === 0 ? 7 : weekday;
    log(`care rules for ${date} (weekday ${today})…`);
    const rulesBegan = performance.now();
    const made = await makeRules(admin, seeded.communities, today);
    const rulesSeconds = seconds(rulesBegan);
    log(`${made.rules} rules made ${made.plans} plans in ${rulesSeconds} s; ${made.dueToday} due today`);
    const sizesAfterPlans = { careflowDbMb: await careflowDbMb(bench, dataSource), processEngineDbMb: h2Mb(operaton.dataDir) };

    // The throttle at its limit, passes on the engine's own beat (CARE_PASS_SECONDS).
    const { plans, rules, opener } = engine.given(carePlansModule);
    const throttleFrom = new Date();
    const began = performance.now();
    const sampler = new Sampler(dataSource, rest, began);
    sampler.start(2000);
    const throttledPasses: { s: number; opened: number; passMs: number }[] = [];
    log(`throttle at ${callsPerMinute}/min, a pass every ${passSeconds} s for ${throttleMinutesToRun} min…`);
    for (let k = 0; k * passSeconds < throttleMinutesToRun * 60; k++) {
      const due = began + k * passSeconds * 1000;
      if (due > performance.now()) await sleep(due - performance.now());
      const passBegan = performance.now();
      const opened = await opener.runOnce(new Date());
      throttledPasses.push({ s: seconds(began), opened, passMs: Math.round(performance.now() - passBegan) });
    }
    await sleep(Math.max(0, began + throttleMinutesToRun * 60_000 - performance.now()));
    const throttleTo = new Date();
    const throttled = await throttleMinutes(dataSource, throttleFrom, throttleTo);
    log(`opened per minute: ${throttled.perMinute.join(', ')} (most in a rolling minute: ${throttled.maxInRollingMinute})`);

    // The raw capacity: the same opener's work with a throttle far above the day.
    const timing = { timeZone: config.cases.timeZone, quiet: { from: CARE.quietFrom, until: CARE.quietUntil }, ...CARE };
    const burstOpener = new CareOpener(dataSource, plans, rules, engine.given(casesModule).cases, timing, new SystemUser(dataSource), logger, new CareThrottle(dataSource, burstPerMinute));
    const beforeBurst = await openedOccurrences(dataSource);
    const burstBegan = performance.now();
    const burstPasses: { s: number; opened: number; passMs: number }[] = [];
    log(`burst: throttle at ${burstPerMinute}/min, ${made.dueToday - beforeBurst} occurrences left…`);
    for (let idle = 0; (await openedOccurrences(dataSource)) < made.dueToday && idle < 3; ) {
      const passBegan = performance.now();
      const opened = await burstOpener.runOnce(new Date());
      burstPasses.push({ s: seconds(burstBegan), opened, passMs: Math.round(performance.now() - passBegan) });
      idle = opened ? 0 : idle + 1;
    }
    const burstSeconds = seconds(burstBegan);
    const total = await openedOccurrences(dataSource);
    const burstOpened = total - beforeBurst;
    log(`burst opened ${burstOpened} cases in ${burstSeconds} s (${round1(burstOpened / burstSeconds)}/s); waiting for the robot calls…`);
    let queued = await queuedCalls(rest);
    for (const deadline = performance.now() + queueTimeoutMs; queued < total && performance.now() < deadline; queued = await queuedCalls(rest)) await sleep(1000);
    const queuedSeconds = seconds(burstBegan);
    sampler.stop();

    const result = {
      bench: 'care-burst', db: bench.config.type, processEngineDb: 'h2', day: date, weekday: today, elders: elderCount,
      plans: { rules: made.rules, made: made.plans, seconds: rulesSeconds, perSecond: round1(made.plans / rulesSeconds), dueToday: made.dueToday },
      throttle: { callsPerMinute, passSeconds, minutes: throttleMinutesToRun, ...throttled, held: throttled.maxInRollingMinute <= callsPerMinute, passes: throttledPasses },
      burst: { callsPerMinute: burstPerMinute, opened: burstOpened, openSeconds: burstSeconds, casesPerSecond: round1(burstOpened / burstSeconds), passes: burstPasses, allQueuedSeconds: queuedSeconds },
      occurrences: { due: made.dueToday, opened: total, robotCallsQueued: queued, topic: CALL_TOPIC, allOpened: total === made.dueToday, allQueued: queued >= total },
      peakRssMb: { node: peakRssMb(process.pid), processEngine: peakRssMb(operaton.pid) },
      dbMb: { afterPlans: sizesAfterPlans, atEnd: { careflowDbMb: await careflowDbMb(bench, dataSource), processEngineDbMb: h2Mb(operaton.dataDir) } },
      samples: sampler.samples.filter((_, i) => i % 5 === 0),
      loadAverage: round1(os.loadavg()[0]),
    };
    printTable(result);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await engine?.stop();
    await dataSource.destroy();
    await operaton?.stop();
    await bench.finish();
  }
}

function printTable(r: { plans: { made: number; seconds: number; perSecond: number; dueToday: number }; throttle: { perMinute: number[]; maxInRollingMinute: number; callsPerMinute: number }; burst: { opened: number; openSeconds: number; casesPerSecond: number; allQueuedSeconds: number }; peakRssMb: Record<string, number | null>; dbMb: { atEnd: Record<string, number> } }): void {
  const rows: [string, string][] = [
    ['plans made (rules, API)', `${r.plans.made} in ${r.plans.seconds} s (${r.plans.perSecond}/s); ${r.plans.dueToday} due today`],
    [`throttled (${r.throttle.callsPerMinute}/min) per minute`, `${r.throttle.perMinute.join(' ')} (max in a rolling minute ${r.throttle.maxInRollingMinute})`],
    ['burst: cases opened', `${r.burst.opened} in ${r.burst.openSeconds} s (${r.burst.casesPerSecond} cases/s)`],
    ['burst: all robot calls queued', `${r.burst.allQueuedSeconds} s after the burst began`],
    ['peak RSS node / java', `${r.peakRssMb.node} MB / ${r.peakRssMb.processEngine} MB`],
    ['database careflow / operaton h2', `${r.dbMb.atEnd.careflowDbMb} MB / ${r.dbMb.atEnd.processEngineDbMb} MB`],
  ];
  for (const [what, figure] of rows) log(`| ${what.padEnd(34)} | ${figure}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
