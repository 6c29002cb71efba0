/**
 * An alarm storm against the full embedded stack (issue 8's targets: screen pop p99 ≤ 300 ms,
 * emergency task visible p99 ≤ 1 s, none lost).
 * Usage: npm run build && node bench/dist/alarm-storm.js [--url mysql://root@127.0.0.1:3306/careflow_alarms | sqlite:/tmp/alarms.db]
 *   [--rate 20] [--seconds 60] [--elders 2000] [--port 3390] [--process-engine-port 28600] [--keep]
 * Seeds `elders` elders with a pendant each by bulk INSERTs, starts `engine/dist/main.js` (engine,
 * its process engine Operaton, connectors) as `npm start` would, signs in an idle agent of group `hotline` with a
 * WebSocket open, and sends signed `alarm.triggered` events at a fixed rate, each from another
 * elder's pendant. It times event → `screen.pop` and event → the case's first `task.created` on
 * the socket. The last line is JSON, with both processes' peak resident memory (PROCESS_ENGINE_URL set:
 * the stack links that Operaton and starts none, and only the engine's memory is read).
 */
import { openDatabase } from '@careflow/engine';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { createHmac, randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { BenchDatabase, positiveInt } from './bench-database';
import { peakRssMb, signedInAgent, signInAdmin, startStack } from './embedded-stack';
import { flags, percentiles } from './load';
import { seedElders } from './seed-elders';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const rate = int('rate', 20);
const seconds = int('seconds', 60);
const elderCount = int('elders', 2000);
const bench = new BenchDatabase(opts, 'careflow_alarms');
const log = (line: string) => process.stderr.write(`${line}\n`);
const SWITCH = 'bench';
const SECRET = randomBytes(24).toString('hex');
const ADMIN_PASSWORD = 'Bench-careflow-1';
const AGENT_PASSWORD = 'bench-agent-password-1';
const SETTLE_MS = 30_000;

interface Sent {
  at: number;
  caseId?: string;
  pop?: number;
  task?: number;
}

function signedHeaders(body: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
  return { 'content-type': 'application/json', 'x-careflow-switch': SWITCH, 'x-careflow-timestamp': timestamp, 'x-careflow-signature': signature };
}

async function prepareAgent(url: string): Promise<{ agent: ApiClient }> {
  const admin = await signInAdmin(url, ADMIN_PASSWORD);
  const agent = await signedInAgent(admin, { key: 'hotline', name: '热线坐席' }, 'storm-agent', AGENT_PASSWORD);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const type = await admin.get<{ serviceType?: { publishedVersion: number | null } }>('/api/service-types/emergency-rescue');
    if (type.body.serviceType?.publishedVersion) break;
    if (Date.now() > deadline) throw new Error('the emergency-rescue service type was not published by the seed');
    await new Promise((r) => setTimeout(r, 1000));
  }
  const idle = await agent.request('PUT', '/api/telephony/agents/me/state', { state: 'idle' });
  if (idle.status !== 200) throw new Error(`agent state not set: ${idle.status} ${JSON.stringify(idle.body)}`);
  return { agent };
}

async function main() {
  await bench.prepare();
  const seedSource = await openDatabase(bench.config);
  log(`seeding ${elderCount} elders with pendants…`);
  await seedElders(seedSource, elderCount);
  await seedSource.destroy();

  const stack = await startStack({
    databaseUrl: bench.url,
    port: int('port', 3390),
    processEnginePort: int('process-engine-port', 28600),
    adminPassword: ADMIN_PASSWORD,
    // The bench's agent works at once: a forced password change would only stand in its way.
    env: { TELEPHONY_SWITCH_SECRETS: `${SWITCH}:${SECRET}`, PASSWORD_CHANGE_ON_FIRST_LOGIN: '0' },
    log,
  });
  const sent = new Map<string, Sent>();
  const byCase = new Map<string, Sent>();
  let result: Record<string, unknown> = {};
  try {
    const { agent } = await prepareAgent(stack.url);
    const ws = new WebSocket(`${stack.url.replace('http', 'ws')}/api/events`, { headers: { cookie: agent.sessionCookie ?? '' } });
    ws.on('message', (data) => {
      const now = performance.now();
      const event = JSON.parse(String(data)) as { type: string; pop?: { terminal?: { deviceId: string } | null; caseId: string | null }; task?: { caseId: string | null } };
      if (event.type === 'screen.pop' && event.pop?.terminal) {
        const alarm = sent.get(event.pop.terminal.deviceId);
        if (alarm && alarm.pop === undefined) alarm.pop = now - alarm.at;
        if (alarm && event.pop.caseId) byCase.set(event.pop.caseId, alarm);
      }
      if (event.type === 'task.created' && event.task?.caseId) {
        const alarm = byCase.get(event.task.caseId);
        if (alarm && alarm.task === undefined) alarm.task = now - alarm.at;
      }
    });
    await new Promise((resolve, reject) => {
      ws.once('message', resolve);
      ws.once('error', reject);
    });

    const total = rate * seconds;
    const answers: Promise<unknown>[] = [];
    let refused = 0;
    const began = performance.now();
    log(`sending ${total} alarms at ${rate}/s…`);
    for (let i = 0; i < total; i++) {
      const due = began + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const deviceId = `PD-${String(i % elderCount).padStart(7, '0')}`;
      const body = JSON.stringify({ id: `storm-${i}`, type: 'alarm.triggered', terminalId: deviceId, button: 'sos' });
      const alarm: Sent = { at: performance.now() };
      sent.set(deviceId, alarm);
      answers.push(
        fetch(`${stack.url}/api/telephony/events`, { method: 'POST', headers: signedHeaders(body), body })
          .then(async (res) => {
            const answer = (await res.json()) as { caseId?: string };
            if (res.status !== 202) refused++;
            if (answer.caseId) {
              alarm.caseId = answer.caseId;
              byCase.set(answer.caseId, alarm);
            }
          })
          .catch(() => refused++),
      );
    }
    await Promise.all(answers);
    const settleUntil = performance.now() + SETTLE_MS;
    const done = () => [...sent.values()].every((a) => a.pop !== undefined && a.task !== undefined);
    while (!done() && performance.now() < settleUntil) await new Promise((r) => setTimeout(r, 500));
    ws.close();

    const alarms = [...sent.values()];
    const pops = alarms.flatMap((a) => (a.pop === undefined ? [] : [a.pop]));
    const tasks = alarms.flatMap((a) => (a.task === undefined ? [] : [a.task]));
    const screenPop = percentiles(pops);
    const taskVisible = percentiles(tasks);
    result = {
      bench: 'alarm-storm', db: bench.config.type, rate, seconds, alarms: total, elders: elderCount, refused,
      screenPop, taskVisible,
      lost: { screenPop: total - pops.length, taskVisible: total - tasks.length },
      peakRssMb: { engine: peakRssMb(stack.pid), processEngine: peakRssMb(stack.processEnginePid()) },
      loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
      targetsMet: screenPop.p99 <= 300 && taskVisible.p99 <= 1000 && pops.length === total && tasks.length === total,
    };
  } finally {
    await stack.stop();
    await bench.finish();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
