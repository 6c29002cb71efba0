/**
 * What the duty wallboard costs the engine (target: its refresh adds ≤ 5 % of a CPU at 50 agents).
 * Usage: npx tsc -b && node bench/dist/wallboard-cpu.js [--url mysql://root@127.0.0.1:3306/careflow_wallboard]
 *   [--agents 50] [--screens 4] [--seconds 60] [--agent-every 5] [--cases 20000] [--keep]
 * Seeds `cases` cases (so the wallboard's due and backlog queries have rows to read), starts the
 * engine in this process, and runs the load in a child process (wallboard-load): first `agents`
 * agents changing state at random, then the same with `screens` wallboards listening and fetching
 * as the page does. The engine's CPU time (this process's) is measured over each phase; the last
 * line is JSON with both, and the difference in percent of one CPU.
 */
import { openDatabase } from '@careflow/engine';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { fork } from 'node:child_process';
import path from 'node:path';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { flags } from './load';
import { startEngineWithoutProcesses } from './process-engine';
import { seedCases } from './seed-cases';
import type { WallboardLoadJob, WallboardLoadMessage } from './wallboard-load';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const agents = int('agents', 50);
const screens = int('screens', 4);
const seconds = int('seconds', 60);
const agentEverySec = int('agent-every', 5);
const caseCount = int('cases', 20_000);
const bench = new BenchDatabase(opts, 'careflow_wallboard');
const log = (line: string) => process.stderr.write(`${line}\n`);
const PASSWORD = 'bench-password-1';
const SYSTEM = { id: null, username: 'system', ip: null };

/** Runs the load child and measures this process's CPU time over each of its phases. */
function measure(job: WallboardLoadJob): Promise<{ phases: Record<string, { cpuPercent: number; seconds: number }>; done: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'wallboard-load.js'));
    const started = new Map<string, { cpu: NodeJS.CpuUsage; at: bigint }>();
    const phases: Record<string, { cpuPercent: number; seconds: number }> = {};
    child.on('message', (message: WallboardLoadMessage) => {
      if ('done' in message) return resolve({ phases, done: message.done });
      if (message.edge === 'start') return void started.set(message.phase, { cpu: process.cpuUsage(), at: process.hrtime.bigint() });
      const begin = started.get(message.phase)!;
      const used = process.cpuUsage(begin.cpu);
      const wallMs = Number(process.hrtime.bigint() - begin.at) / 1e6;
      phases[message.phase] = { cpuPercent: Number((((used.user + used.system) / 1000 / wallMs) * 100).toFixed(2)), seconds: Number((wallMs / 1000).toFixed(1)) };
      log(`${message.phase}: engine CPU ${phases[message.phase].cpuPercent} % of one CPU over ${phases[message.phase].seconds} s`);
    });
    child.on('error', reject);
    child.on('exit', (code) => code !== 0 && reject(new Error(`the load process exited with ${code}`)));
    child.send(job);
  });
}

async function main() {
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  if ((await scalar(dataSource, 'SELECT COUNT(*) FROM cases')) === 0) await seedCases(dataSource, caseCount, caseCount * 2);
  const engine = await startEngineWithoutProcesses(bench.engineConfig(), dataSource);
  try {
    const existing = new Set((await engine.users.list()).map((u) => u.username));
    if (!existing.has('bench-lead')) await engine.users.create({ username: 'bench-lead', displayName: '值班长', password: PASSWORD, roles: ['supervisor'], groups: [] }, SYSTEM);
    const agentCookies: string[] = [];
    for (let i = 0; i < agents; i++) {
      const username = `bench-agent-${i + 1}`;
      if (!existing.has(username)) await engine.users.create({ username, displayName: `坐席${i + 1}`, password: PASSWORD, roles: ['agent'], groups: ['hotline'] }, SYSTEM);
      const client = new ApiClient(engine.url);
      await client.login(username, PASSWORD);
      agentCookies.push(client.sessionCookie ?? '');
    }
    const lead = new ApiClient(engine.url);
    await lead.login('bench-lead', PASSWORD);
    log(`${agents} agents and ${screens} wallboards, ${seconds} s a phase, ${caseCount} cases`);
    const { phases, done } = await measure({ url: engine.url, agentCookies, leadCookie: lead.sessionCookie ?? '', seconds, screens, agentEverySec });
    const added = Number((phases['agents+wallboards'].cpuPercent - phases.agents.cpuPercent).toFixed(2));
    process.stdout.write(`${JSON.stringify({ bench: 'wallboard-cpu', database: bench.config.type, agents, screens, seconds, cases: caseCount, phases, addedCpuPercent: added, targetAddedCpuPercent: 5, ...done })}\n`);
  } finally {
    await engine.stop();
    await dataSource.destroy();
    await bench.finish();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
