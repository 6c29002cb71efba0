/**
 * The full embedded stack as `npm start` runs it (engine/dist/main.js: the engine, its Zeebe broker
 * and the in-process connectors), started as a child process on ports of its own, so a bench
 * measures what a bureau would run and can read both processes' memory.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');

export interface StackOptions {
  databaseUrl: string;
  port: number;
  gatewayPort: number;
  adminPassword: string;
  env?: Record<string, string>;
  log: (line: string) => void;
}

export interface RunningStack {
  url: string;
  pid: number;
  /** The broker's process (a child of the engine), once it runs. */
  brokerPid(): number | undefined;
  stop(): Promise<void>;
}

/** Peak resident memory of a process in MB (VmHWM: the kernel keeps the high-water mark). */
export function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the engine exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      const body = (await res.json()) as { status?: string };
      if (res.ok && body.status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the engine was not healthy in time');
}

export async function startStack(o: StackOptions): Promise<RunningStack> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-bench-stack-'));
  // The Zeebe distribution is fetched once into the checkout's cache; share it.
  const cache = path.join(REPO, '.careflow', 'cache');
  fs.mkdirSync(cache, { recursive: true });
  fs.symlinkSync(cache, path.join(home, 'cache'));
  const child = spawn(process.execPath, [path.join(REPO, 'engine', 'dist', 'main.js')], {
    cwd: REPO,
    env: {
      ...process.env,
      CAREFLOW_HOME: home,
      DATABASE_URL: o.databaseUrl,
      PORT: String(o.port),
      ZEEBE_GATEWAY_PORT: String(o.gatewayPort),
      ZEEBE_MONITORING_PORT: String(o.gatewayPort + 10),
      ZEEBE_REST_PORT: String(o.gatewayPort + 11),
      CAREFLOW_ADMIN_PASSWORD: o.adminPassword,
      LOG_LEVEL: 'warn',
      ...o.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => o.log(`[engine] ${String(d).trimEnd()}`));
  child.stderr?.on('data', (d: Buffer) => o.log(`[engine] ${String(d).trimEnd()}`));
  const url = `http://127.0.0.1:${o.port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid ?? 0;
  return { url, pid, brokerPid: () => childPids(pid)[0], stop };
}
