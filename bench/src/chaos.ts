/**
 * Chaos on the full embedded stack (issue 15): a 10/s alarm storm during which the process engine
 * (Operaton, Java) is killed with SIGKILL, then another during which the Node engine is killed with
 * SIGKILL and started again on the same installation. Alarms are sent as a switch sends them (again,
 * same id, until answered); an agent walks every Nth case on to the relatives' robot calls and SMS.
 * Once all has settled it counts alarms accepted, cases, process instances, tasks and SMS, and every
 * duplicate. The target: each accepted alarm is exactly one case with one instance, nothing doubled.
 * Usage: npm run build && node bench/dist/chaos.js [--url mysql://root@127.0.0.1:3306/careflow_chaos | sqlite:/tmp/chaos.db]
 *   [--rate 10] [--seconds 40] [--kill-at 15] [--walk-every 10] [--elders 2000] [--port 3391] [--process-engine-port 28610] [--keep]
 * The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlarmOutcome, sendAlarm, walkCase } from './chaos-alarms';
import { tally } from './chaos-tally';
import { BenchDatabase, positiveInt } from './bench-database';
import { RunningStack, signInAdmin, startStack } from './embedded-stack';
import { flags, percentiles } from './load';
import { seedElders } from './seed-elders';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const rate = int('rate', 10);
const seconds = int('seconds', 40);
const killAt = int('kill-at', 15);
const walkEvery = int('walk-every', 10);
const elderCount = int('elders', 2000);
const bench = new BenchDatabase(opts, 'careflow_chaos');
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const SWITCH = { id: 'chaos', secret: randomBytes(24).toString('hex') };
const ADMIN_PASSWORD = 'Chaos-careflow-1';
const GIVE_UP_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function main() {
  await bench.prepare();
  const seedSource = await openDatabase(bench.config);
  await seedElders(seedSource, elderCount);
  await seedSource.destroy();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-chaos-home-'));
  const start = () =>
    startStack({
      databaseUrl: bench.url, home, port: int('port', 3391), processEnginePort: int('process-engine-port', 28610), adminPassword: ADMIN_PASSWORD,
      env: { TELEPHONY_SWITCH_SECRETS: `${SWITCH.id}:${SWITCH.secret}`, PASSWORD_CHANGE_ON_FIRST_LOGIN: '0' },
      log: (line) => /error|restart|back|fail/i.test(line) && log(line.slice(0, 300)),
    });
  let stack: RunningStack = await start();
  let admin: ApiClient | null = await signInAdmin(stack.url, ADMIN_PASSWORD);
  // A session may not outlive the engine: sign in again after a restart.
  const agent = async () => (admin ??= await signInAdmin(stack.url, ADMIN_PASSWORD, 5_000));

  const alarms: AlarmOutcome[] = [];
  const walks: Promise<unknown>[] = [];
  const walked = new Set<string>();
  const walkResults = { walked: 0, timedOut: 0 };
  const events: Record<string, number | boolean | null> = {};
  let sent = 0;

  const storm = async (name: string, chaos: () => Promise<void>) => {
    log(`${name}: ${rate * seconds} alarms at ${rate}/s, the kill at ${killAt} s`);
    const began = Date.now();
    const answers: Promise<void>[] = [];
    const kill = sleep(killAt * 1000).then(chaos);
    for (let i = 0; i < rate * seconds; i++, sent++) {
      const wait = began + (i * 1000) / rate - Date.now();
      if (wait > 0) await sleep(wait);
      const index = sent;
      answers.push(
        sendAlarm(stack.url, SWITCH, index, `PD-${String(index % elderCount).padStart(7, '0')}`, GIVE_UP_MS).then((outcome) => {
          alarms.push(outcome);
          if (outcome.caseId && index % walkEvery === 0) {
            walked.add(outcome.caseId);
            walks.push(walkCase(agent, outcome.caseId, GIVE_UP_MS).then((r) => void (r === 'walked' ? walkResults.walked++ : walkResults.timedOut++)));
          }
        }),
      );
    }
    await Promise.all([...answers, kill]);
  };

  try {
    await storm('storm 1 (the process engine killed)', async () => {
      const pid = stack.processEnginePid();
      log(`SIGKILL to the process engine (pid ${pid})`);
      process.kill(pid!, 'SIGKILL');
      const killed = Date.now();
      while ((stack.processEnginePid() === pid || !alive(stack.processEnginePid())) && Date.now() - killed < 120_000) await sleep(200);
      events.processEngineRestartedAfterS = stack.processEnginePid() === pid ? null : (Date.now() - killed) / 1000;
    });
    await storm('storm 2 (the Node engine killed)', async () => {
      const javaPid = stack.processEnginePid();
      log(`SIGKILL to the Node engine (pid ${stack.pid}); its process engine is pid ${javaPid}`);
      process.kill(stack.pid, 'SIGKILL');
      const killed = Date.now();
      admin = null;
      while (alive(javaPid) && Date.now() - killed < 30_000) await sleep(100);
      events.javaGoneAfterS = alive(javaPid) ? null : (Date.now() - killed) / 1000;
      stack = await start();
      events.nodeBackAfterS = (Date.now() - killed) / 1000;
      log(`the Node engine is back after ${events.nodeBackAfterS} s`);
    });
    log(`waiting for ${walks.length} walked cases…`);
    await Promise.all(walks);
    await sleep(10_000); // the last tasks reach the inbox
    const dataSource = await openDatabase(bench.config);
    const counts = await tally(dataSource, stack.processEngineUrl, alarms, walked);
    await dataSource.destroy();
    const c = counts;
    const perStorm = rate * seconds;
    const answerTimes = (storm: number) => percentiles(alarms.filter((a) => Math.floor(a.index / perStorm) === storm && a.answeredAfterMs !== null).map((a) => a.answeredAfterMs!));
    const targetsMet = c.alarms.neverAnswered === 0 && c.alarms.acceptedWithoutCaseInAnswer === 0 && c.cases.opened === c.alarms.accepted && c.cases.duplicated === 0 && c.cases.withoutInstance === 0 && c.cases.withSeveralInstances === 0 && c.tasks.duplicated === 0 && c.tasks.casesWithoutConfirmTask === 0 && c.tasks.openInEngineNotInInbox === 0 && c.tasks.openInInboxNotInEngine === 0 && c.sms.duplicated === 0 && walkResults.timedOut === 0;
    process.stdout.write(`${JSON.stringify({ bench: 'chaos', db: bench.config.type, rate, seconds, killAt, ...events, ...counts, answeredAfterMsByStorm: { processEngineKilled: answerTimes(0), nodeEngineKilled: answerTimes(1) }, walks: walkResults, targetsMet })}\n`);
  } finally {
    await stack.stop();
    fs.rmSync(home, { recursive: true, force: true });
    await bench.finish();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
