/**
 * Time to ready and resident memory at rest of `npm start`'s engine and its process engine
 * (Operaton, a child process: its own ready time is read from its ready line).
 * Usage: npm run build && node bench/dist/startup.js [--home DIR] (PORT, PROCESS_ENGINE_PORT as for npm start)
 * Starts CareFlow twice on the same home (first start, then a restart: issue 15's "second
 * `npm start` ready ≤ 30 s") and prints one JSON line. Without --home, a new folder under the
 * temporary folder. The process engine's jar comes from the checkout's cache (.careflow/cache).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const homeArg = process.argv.indexOf('--home');
const home = homeArg > 0 ? path.resolve(process.argv[homeArg + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-bench-'));
// Reuse the process engine's built jar so the figure is start-up, not a Maven build.
const sharedCache = path.join(root, '.careflow', 'cache');
if (fs.existsSync(sharedCache) && !fs.existsSync(path.join(home, 'cache'))) fs.symlinkSync(sharedCache, path.join(home, 'cache'));

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

interface Sample {
  readySeconds: number;
  processEngineReadySeconds: number;
  engineRssMb: number;
  /** null when PROCESS_ENGINE_URL links an external engine (none is started). */
  processEngineRssMb: number | null;
}

async function startOnce(): Promise<Sample> {
  const began = Date.now();
  const child = spawn(process.execPath, [path.join(root, 'engine', 'dist', 'main.js')], {
    env: { ...process.env, CAREFLOW_HOME: home, PORT: process.env.PORT ?? '3900', CAREFLOW_ADMIN_PASSWORD: 'bench-password-1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  let processEngineReadySeconds = NaN;
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (Number.isNaN(processEngineReadySeconds) && /Process engine Operaton \S+ ready at/.test(out + chunk.toString())) processEngineReadySeconds = (Date.now() - began) / 1000;
      out += chunk.toString();
      if (out.includes('CareFlow ready at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`CareFlow exited (${code}) before ready:\n${out}`)));
  });
  const readySeconds = (Date.now() - began) / 1000;
  await new Promise((r) => setTimeout(r, 10_000)); // at rest
  const pidFile = path.join(home, 'data', 'process-engine', 'process-engine.pid');
  const processEngineRssMb = fs.existsSync(pidFile) ? rssMb(Number(fs.readFileSync(pidFile, 'utf8'))) : null;
  const sample = { readySeconds, processEngineReadySeconds, engineRssMb: rssMb(child.pid ?? 0), processEngineRssMb };
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return sample;
}

async function main() {
  const first = await startOnce();
  const second = await startOnce();
  process.stdout.write(`${JSON.stringify({ bench: 'startup', home, first, second })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
