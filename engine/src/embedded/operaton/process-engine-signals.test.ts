import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../config';

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
      try {
        found.set(child, fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').replace(/\0/g, ' ').trim());
      } catch {
        continue;
      }
      queue.push(child);
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return true;
}

const isJava = (command: string) => command.includes('careflow-process-engine');

/** The Node engine as `npm start` runs it (engine/dist/main.js), with its own process engine and no broker. */
describe('the process engine beside the Node engine', () => {
  const homes: string[] = [];
  const started: ChildProcess[] = [];
  const javaPids: number[] = [];

  afterAll(() => {
    // Whatever a failed run left behind is ours to end: only the processes this test started.
    for (const pid of [...started.map((c) => c.pid), ...javaPids]) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
  });

  async function startCareflow(extra: NodeJS.ProcessEnv = {}): Promise<{ node: ChildProcess; output: () => string; exited: Promise<void> }> {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-pe-signals-'));
    homes.push(home);
    fs.symlinkSync(path.join(REPO_ROOT, '.careflow', 'cache'), path.join(home, 'cache'));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CAREFLOW_HOME: home,
      PORT: String(await freePort()),
      PROCESS_ENGINE_PORT: String(await freePort()),
      PROCESS_ENGINE_HEAP: '256m',
      CAREFLOW_ADMIN_PASSWORD: 'Start-signal-9',
      LOG_LEVEL: 'warn',
      ...extra,
    };
    const node = spawn(process.execPath, [path.join(REPO_ROOT, 'engine', 'dist', 'main.js')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(node);
    let output = '';
    node.stdout!.on('data', (c) => (output += c));
    node.stderr!.on('data', (c) => (output += c));
    const exited = new Promise<void>((resolve) => node.once('exit', () => resolve()));
    return { node, output: () => output, exited };
  }

  async function processEngineOf(careflow: { node: ChildProcess; output: () => string }): Promise<number> {
    const ready = await until(() => /Process engine Operaton \S+ ready at/.test(careflow.output()) || careflow.node.exitCode !== null, 300_000);
    if (!ready || careflow.node.exitCode !== null) throw new Error(`the process engine did not get ready:\n${careflow.output().slice(-3000)}`);
    const java = [...descendants(careflow.node.pid!)].filter(([, command]) => isJava(command)).map(([pid]) => pid);
    expect(java).toHaveLength(1);
    javaPids.push(...java);
    return java[0];
  }

  it('given CareFlow running its process engine, when the Node engine gets SIGTERM, then it stops the Java process and exits', async () => {
    const careflow = await startCareflow();
    const java = await processEngineOf(careflow);
    careflow.node.kill('SIGTERM');
    await careflow.exited;
    expect(await until(() => !alive(java), 60_000)).toBe(true);
    expect(careflow.output()).toContain('CareFlow stopped.');
  }, 400_000);

  it('given CareFlow running its process engine, when the Node engine is killed with SIGKILL, then the Java process stops on its own', async () => {
    const careflow = await startCareflow();
    const java = await processEngineOf(careflow);
    careflow.node.kill('SIGKILL');
    await careflow.exited;
    // Nobody is left to stop it: the engine notices its parent is gone (ParentWatch) and exits.
    expect(await until(() => !alive(java), 60_000)).toBe(true);
  }, 400_000);

  it('given PROCESS_ENGINE_URL, when CareFlow starts, then it uses that engine and starts no Java process of its own', async () => {
    const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!;
    const careflow = await startCareflow({ PROCESS_ENGINE_URL: url });
    const line = `Process engine (external) at ${url}: Operaton 1.0`;
    if (!(await until(() => careflow.output().includes(line) || careflow.node.exitCode !== null, 120_000))) throw new Error(`no "${line}" line:\n${careflow.output()}`);
    expect(careflow.output()).toContain(line);
    expect([...descendants(careflow.node.pid!).values()].filter(isJava)).toEqual([]);
    careflow.node.kill('SIGTERM');
    await careflow.exited;
  }, 200_000);
});
