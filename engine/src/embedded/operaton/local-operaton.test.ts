import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../config';
import { sourceDigest } from './build';
import { LocalOperaton } from './local-operaton';

const ONE_TASK = (ttl: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://careflow.example/test">
  <bpmn:process id="operaton_smoke" name="受理测试" isExecutable="true"${ttl}>
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="register" />
    <bpmn:userTask id="register" name="受理登记" camunda:candidateGroups="hotline" />
    <bpmn:sequenceFlow id="f2" sourceRef="register" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function deploy(restUrl: string, name: string, xml: string): Promise<Response> {
  const form = new FormData();
  form.append('deployment-name', name);
  form.append('data', new Blob([xml], { type: 'application/xml' }), `${name}.bpmn`);
  return fetch(`${restUrl}/deployment/create`, { method: 'POST', body: form });
}

const pidAlive = (pid: number) => {
  try {
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].startsWith('Z');
  } catch {
    return false;
  }
};

/** The process engine as `npm start` will run it: built with Maven from process-engine/, on H2, on loopback. */
describe('the local process engine (Operaton)', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-operaton-'));
  let engine: LocalOperaton | undefined;

  afterAll(async () => {
    await engine?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('given process-engine/, when started, then it answers on loopback, runs a case to its user task with the business key and keeps history', async () => {
    engine = await LocalOperaton.start({
      sourceDir: path.join(REPO_ROOT, 'process-engine'),
      cacheDir: path.join(REPO_ROOT, '.careflow', 'cache'),
      dataDir: path.join(home, 'data'),
      logFile: path.join(home, 'logs', 'process-engine.log'),
      port: await freePort(),
      heap: '384m',
      readyTimeoutMs: 180_000,
      log: () => undefined,
    });
    expect(engine.restUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/engine-rest$/);
    expect(await (await fetch(`${engine.restUrl}/engine`)).json()).toEqual([{ name: 'default' }]);

    const deployed = await deploy(engine.restUrl, 'smoke', ONE_TASK(''));
    expect(deployed.status).toBe(200);
    const definitions = (await (await fetch(`${engine.restUrl}/process-definition?key=operaton_smoke`)).json()) as { historyTimeToLive: number }[];
    // A model without its own time to live gets the configured default (6 months of audit).
    expect(definitions.map((d) => d.historyTimeToLive)).toEqual([180]);

    const started = await fetch(`${engine.restUrl}/process-definition/key/operaton_smoke/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ businessKey: 'GD20261202-000001' }),
    });
    expect(started.status).toBe(200);
    const tasks = (await (await fetch(`${engine.restUrl}/task?processInstanceBusinessKey=GD20261202-000001`)).json()) as { name: string; taskDefinitionKey: string }[];
    expect(tasks.map((t) => [t.taskDefinitionKey, t.name])).toEqual([['register', '受理登记']]);
    const history = (await (await fetch(`${engine.restUrl}/history/activity-instance?processInstanceBusinessKey=GD20261202-000001`)).json()) as { activityId: string }[];
    expect(history.map((h) => h.activityId).sort()).toEqual(['register', 'start']);
  });

  it('given a model whose flow leads nowhere, when deployed, then the engine refuses it naming the element and deploys nothing', async () => {
    const broken = ONE_TASK('').replace('targetRef="end"', 'targetRef="nowhere"');
    const refused = await deploy(engine!.restUrl, 'broken', broken);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { type: string; details: Record<string, { errors: { elementIds: string[] }[] }> };
    expect(body.type).toBe('ParseException');
    expect(body.details['broken.bpmn'].errors.flatMap((e) => e.elementIds)).toContain('f2');
    const deployments = (await (await fetch(`${engine!.restUrl}/deployment?name=broken`)).json()) as unknown[];
    expect(deployments).toEqual([]);
  });

  it('given the running engine, when stopped, then its Java process is gone and the cached jar matches the sources', async () => {
    const pid = engine!.pid!;
    await engine!.stop();
    expect(pidAlive(pid)).toBe(false);
    expect(fs.existsSync(path.join(REPO_ROOT, '.careflow', 'cache', `process-engine-${sourceDigest(path.join(REPO_ROOT, 'process-engine'))}`, 'careflow-process-engine.jar'))).toBe(true);
    engine = undefined;
  });
});
