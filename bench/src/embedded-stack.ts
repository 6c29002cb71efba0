/**
 * The full embedded stack as `npm start` runs it (engine/dist/main.js: the engine, its process
 * engine Operaton as a child process, and the in-process connectors), started as a child process on
 * ports of its own with a CAREFLOW_HOME under the temporary folder, so a bench measures what a
 * bureau would run and can read both processes' memory. PROCESS_ENGINE_URL in the environment
 * links an external Operaton instead, as it does for npm start.
 */
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');

export interface StackOptions {
  databaseUrl: string;
  port: number;
  /** The local process engine's port (PROCESS_ENGINE_PORT). */
  processEnginePort: number;
  adminPassword: string;
  /** A CAREFLOW_HOME to start on and keep (a restart of the same installation); by default a temporary one, removed at stop. */
  home?: string;
  env?: Record<string, string>;
  /** Flags for the engine's node (e.g. --cpu-prof); BENCH_ENGINE_NODE_ARGS in the environment adds its own. */
  nodeArgs?: string[];
  log: (line: string) => void;
}

export interface RunningStack {
  url: string;
  pid: number;
  /** The REST API of the stack's process engine (the local one, or PROCESS_ENGINE_URL). */
  processEngineUrl: string;
  /** The local process engine's Java process (a child of the engine), once it runs. */
  processEnginePid(): number | undefined;
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
  const home = o.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-bench-stack-'));
  // The process engine's jar is built once (Maven) into the checkout's cache; share it.
  const cache = path.join(REPO, '.careflow', 'cache');
  fs.mkdirSync(cache, { recursive: true });
  if (!fs.existsSync(path.join(home, 'cache'))) fs.symlinkSync(cache, path.join(home, 'cache'));
  const nodeArgs = [...(o.nodeArgs ?? []), ...(process.env.BENCH_ENGINE_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  const child = spawn(process.execPath, [...nodeArgs, path.join(REPO, 'engine', 'dist', 'main.js')], {
    cwd: REPO,
    env: {
      ...process.env,
      CAREFLOW_HOME: home,
      DATABASE_URL: o.databaseUrl,
      PORT: String(o.port),
      PROCESS_ENGINE_PORT: String(o.processEnginePort),
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
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (!o.home) fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const pidFile = path.join(home, 'data', 'process-engine', 'process-engine.pid');
  const processEnginePid = () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : undefined);
  const processEngineUrl = (o.env?.PROCESS_ENGINE_URL ?? process.env.PROCESS_ENGINE_URL ?? `http://127.0.0.1:${o.processEnginePort}/engine-rest`).replace(/\/+$/, '');
  return { url, pid: child.pid ?? 0, processEngineUrl, processEnginePid, stop };
}

/** Signs in as the first admin. The engine listens (and is healthy) before the launcher has made it: this waits for it. */
export async function signInAdmin(url: string, password: string, timeoutMs = 120_000): Promise<ApiClient> {
  const admin = new ApiClient(url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await admin.post('/api/auth/login', { username: 'admin', password });
    if (res.status === 200) return admin;
    if (Date.now() > deadline) throw new Error(`admin login: ${res.status} ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * A signed-in agent of the given group, made by the admin along with the group (a 409 when it
 * exists, e.g. the seed made it). Start the stack with PASSWORD_CHANGE_ON_FIRST_LOGIN=0: a forced
 * password change would only stand in a bench agent's way.
 */
export async function signedInAgent(admin: ApiClient, group: { key: string; name: string }, username: string, password: string): Promise<ApiClient> {
  await admin.post('/api/groups', group);
  const created = await admin.post('/api/users', { username, displayName: username, password, roles: ['agent'], groups: [group.key] });
  if (created.status !== 201) throw new Error(`agent not created: ${created.status} ${JSON.stringify(created.body)}`);
  const agent = new ApiClient(admin.baseUrl);
  await agent.login(username, password);
  return agent;
}
