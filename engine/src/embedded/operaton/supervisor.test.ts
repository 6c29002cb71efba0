import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../db/data-source';
import { HealthService } from '../../modules/health/service';
import { OperationalError } from '../../http/errors';
import { OperatonRest } from '../../operaton/rest';
import { ProcessEngineSupervisor } from './supervisor';
import { supervisedOperaton } from '../../../test/support/supervised-operaton';

const alive = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

const CREDENTIALS = { user: 'careflow', password: 'process-engine-secret-1' };

/** A supervised local engine with credentials, as `npm start` runs it with PROCESS_ENGINE_PASSWORD set. */
describe('the supervised local process engine', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-supervised-'));
  const lines: string[] = [];
  let supervisor: ProcessEngineSupervisor;
  let dataSource: DataSource;
  let health: HealthService;

  beforeAll(async () => {
    supervisor = await supervisedOperaton(home, { credentials: CREDENTIALS, log: (line) => lines.push(line) });
    await supervisor.start();
    dataSource = await openDatabase({ type: 'sqlite', file: path.join(home, 'careflow.db') });
    const rest = new OperatonRest({ baseUrl: supervisor.restUrl, credentials: CREDENTIALS });
    health = new HealthService(dataSource, { type: 'sqlite', file: '' }, 'test', { rest, embedded: true, supervisor });
  }, 240_000);

  afterAll(async () => {
    const pid = supervisor.pid;
    await supervisor.stop();
    await dataSource?.destroy();
    if (pid) expect(alive(pid)).toBe(false);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('given PROCESS_ENGINE_PASSWORD, when the REST API is called without or with wrong credentials, then 401, and with them 200', async () => {
    const call = (authorization?: string) => fetch(`${supervisor.restUrl}/engine`, { headers: authorization ? { authorization } : {} });
    const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    expect((await call()).status).toBe(401);
    expect((await call(basic('careflow', 'wrong-password-000000'))).status).toBe(401);
    expect((await call(basic('someone', CREDENTIALS.password))).status).toBe(401);
    const ok = await call(basic(CREDENTIALS.user, CREDENTIALS.password));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual([{ name: 'default' }]);
    // CareFlow's client sends them; without them it sees an engine it cannot use.
    expect(await new OperatonRest({ baseUrl: supervisor.restUrl, credentials: CREDENTIALS }).get('/version')).toEqual({ version: expect.stringMatching(/^1\.0\.\d+/) });
    await expect(new OperatonRest({ baseUrl: supervisor.restUrl }).get('/version')).rejects.toBeInstanceOf(OperationalError);
  });

  it('given the engine runs, when health is asked, then the process engine is up with its version and no restarts', async () => {
    const report = await health.report();
    expect(report.processEngine).toEqual({
      status: 'up',
      url: supervisor.restUrl,
      embedded: true,
      version: expect.stringMatching(/^1\.0\.\d+/),
      supervision: { state: 'up', restarts: 0 },
    });
  });

  it('given the Java process is killed, when health is asked meanwhile, then it is down, and the supervisor restarts the engine, logged', async () => {
    const first = supervisor.pid!;
    process.kill(first, 'SIGKILL');
    // Until the exit is noticed the REST probe fails; from then on, until it is back, the supervisor says why.
    const down = await until(async () => {
      const report = await health.report();
      return report.processEngine?.supervision?.state === 'restarting' ? report : undefined;
    }, 10_000);
    expect(down.status).toBe('degraded');
    expect(down.processEngine).toMatchObject({ status: 'down', error: 'restarting: killed by SIGKILL' });

    const back = await until(async () => {
      const report = await health.report();
      return report.processEngine?.status === 'up' ? report : undefined;
    }, 180_000);
    expect(back.processEngine?.supervision).toEqual({ state: 'up', restarts: 1, lastExit: 'killed by SIGKILL' });
    expect(supervisor.pid).not.toBe(first);
    expect(alive(first)).toBe(false);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^The process engine killed by SIGKILL; restarting in 0\.5s \(restart 1/), expect.stringMatching(/^The process engine is back \(restart 1/)]));
    // Its data survived: the engine answers with the credentials as before.
    const ok = await fetch(`${supervisor.restUrl}/engine`, { headers: { authorization: `Basic ${Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.password}`).toString('base64')}` } });
    expect(ok.status).toBe(200);
  }, 240_000);
});
