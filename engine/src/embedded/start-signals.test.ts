import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../config';

/** Every process below `pid` now, read from /proc (pid → its command line). */
function descendants(pid: number): Map<number, string> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = new Map<number, string>();
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.set(child, fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').replace(/\0/g, ' ').trim());
      queue.push(child);
    }
  }
  return found;
}

/** Running (a zombie waiting for its reaper counts as gone: it runs nothing and holds no port). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Free ports of our own, for the engine and the process engine; helpers running beside us take others. */
async function freePorts(): Promise<number[]> {
  for (;;) {
    const base = 40_000 + Math.floor(Math.random() * 2_000) * 10;
    const ports = [base + 8, base + 9];
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return ports;
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return true;
}

describe('npm start under a service manager', () => {
  let npm: ChildProcess | undefined;
  let tree = new Map<number, string>();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-start-'));

  afterAll(() => {
    // Whatever a failed run left behind is ours to end: only the processes this test started.
    for (const pid of [npm?.pid, ...tree.keys()]) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('given `npm start` running with its own process engine, when the npm process gets SIGTERM, then start.mjs, the engine and the process engine all exit, and no broker was started', async () => {
    // The process engine the test run already built; ports of our own beside the test engine's.
    const [port, processEnginePort] = await freePorts();
    fs.symlinkSync(path.join(REPO_ROOT, '.careflow', 'cache'), path.join(home, 'cache'));
    const env = {
      ...process.env,
      CAREFLOW_HOME: home,
      PORT: String(port),
      HOST: '127.0.0.1',
      CAREFLOW_ADMIN_PASSWORD: 'Start-signal-9',
      PROCESS_ENGINE_PORT: String(processEnginePort),
      PROCESS_ENGINE_HEAP: '256m',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    };
    npm = spawn('npm', ['start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout!.on('data', (c) => (output += c));
    npm.stderr!.on('data', (c) => (output += c));
    let gone = false;
    const exited = new Promise<void>((resolve) =>
      npm!.once('exit', () => {
        gone = true;
        resolve();
      }),
    );

    // A start that stops on its own (bad configuration) ends the wait at once.
    const ready = await until(() => gone || output.includes('CareFlow ready at'), 240_000) && !gone;
    if (!ready) throw new Error(`npm start did not get ready:\n${output.slice(-3000)}`);
    tree = descendants(npm.pid!);
    const commands = [...tree.values()];
    expect(commands.some((c) => c.includes('scripts/start.mjs'))).toBe(true);
    expect(commands.some((c) => c.includes('engine/dist/main.js'))).toBe(true);
    expect(commands.some((c) => c.includes('careflow-process-engine'))).toBe(true);

    process.kill(npm.pid!, 'SIGTERM');
    await exited;
    const left = async () => ((await until(() => [...tree.keys()].every((pid) => !alive(pid)), 60_000)) ? [] : [...tree].filter(([pid]) => alive(pid)).map(([, c]) => c));
    expect(await left()).toEqual([]);
    expect(output).toContain('CareFlow stopped.');
  }, 400_000);
});
