import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ApiClient, eventually } from '../test/support/api-client';
import { testDatabases } from '../test/support/databases';
import { chain, uniqueProcessId, userTask } from '../test/support/operaton-fixtures';
import { startTestEngine, TestEngine, TEST_ADMIN_PASSWORD } from '../test/support/test-engine';

const MAIN = path.resolve(__dirname, '..', '..', 'connectors', 'dist', 'process', 'main.js');
/** The echo connector with two tries (a task property) and its output mapped to `answer` (null until it answers). */
const echoWithResult = (id: string) =>
  `<bpmn:serviceTask id="${id}" name="echo" camunda:type="external" camunda:topic="careflow:echo:1"><bpmn:extensionElements>` +
  `<camunda:properties><camunda:property name="retries" value="2"/></camunda:properties>` +
  `<camunda:inputOutput><camunda:inputParameter name="message">\${note}</camunda:inputParameter><camunda:inputParameter name="echo">\${null}</camunda:inputParameter>` +
  `<camunda:outputParameter name="answer">\${echo}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>`;

/** `npm run connectors`: connectors as their own process, taking external tasks from the same Operaton and calling the engine's API. */
describe('connectors in a process of their own', () => {
  let engine: TestEngine;
  let connectors: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    engine = await startTestEngine(await testDatabases()[0].create(), {}, []);
  });

  afterAll(async () => {
    connectors?.kill('SIGTERM');
    await engine?.stop();
  });

  it('given a bad configuration, when the process starts, then it exits 1 listing every problem without secrets', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, PROCESS_ENGINE_URL: 'nowhere', CONNECTORS_ENABLED: 'echo;sms' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));

    expect(code).toBe(1);
    expect(stderr).toContain('PROCESS_ENGINE_URL: must be the REST API of an Operaton');
    expect(stderr).toContain('CONNECTORS_ENGINE_PASSWORD');
    expect(stderr).toContain('CONNECTORS_ENABLED');
  });

  it('given the engine runs no connectors, when the connector process runs beside it, then a case\'s connector job is done there and reported to the engine', async () => {
    const admin = new ApiClient(engine.url);
    await admin.login('admin', TEST_ADMIN_PASSWORD);
    const user = (await admin.get<{ users: { id: string; username: string }[] }>('/api/users')).body.users.find((u) => u.username === 'connectors');
    expect(user).toBeDefined();
    expect((await admin.request('POST', `/api/users/${user!.id}/password`, { password: 'connector-password-1' })).status).toBe(204);

    connectors = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, PROCESS_ENGINE_URL: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL, CONNECTORS_ENGINE_URL: engine.url, CONNECTORS_ENGINE_PASSWORD: 'connector-password-1', CONNECTORS_ENABLED: 'echo' },
    });
    connectors.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    await eventually(async () => (output.includes('connectors started') ? true : undefined), 20_000, 'the connector process');

    const processId = uniqueProcessId('remote');
    expect((await admin.post('/api/deployments', { resourceName: `${processId}.bpmn`, xml: chain(processId, [{ id: 'echo', xml: echoWithResult('echo') }]) })).status).toBe(201);
    const done = await admin.post<{ variables: Record<string, unknown> }>('/api/process-instances', { bpmnProcessId: processId, variables: { note: '远程连接器' }, awaitResultSeconds: 60 });

    expect(done.status).toBe(201);
    expect(done.body.variables.answer).toMatchObject({ message: '远程连接器' });
    expect(output).not.toContain('connector-password-1');
  });

  it('given a job the connector process gave up on, when a supervisor retries it with a correction, then the process does it and the incident is resolved', async () => {
    const admin = new ApiClient(engine.url);
    await admin.login('admin', TEST_ADMIN_PASSWORD);
    await admin.post('/api/forms', { key: 'after-form', title: '后续', schema: { type: 'object' } });
    await admin.post('/api/service-types', { key: 'remote', names: { 'zh-CN': '远程', en: 'Remote' }, category: 'test' });
    const xml = chain(uniqueProcessId('remote_incident'), [{ id: 'echo', xml: echoWithResult('echo') }, { id: 'after', xml: userTask('after', 'after-form') }]);
    await admin.post('/api/service-types/remote/versions', { bpmnXml: xml });
    expect((await admin.post('/api/service-types/remote/publish', { version: 1 })).status).toBe(200);
    // A secret nobody has set: the connector process gives up at once and the engine holds an incident.
    const caseId = (await admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'remote', channel: 'phone', variables: { note: '{{secrets.NOT_SET}}' } })).body.case.id;
    type IncidentView = { jobKey: string; status: string; attempts: number };
    const incidents = async () => (await admin.get<{ incidents: IncidentView[] }>(`/api/cases/${caseId}/incidents`)).body.incidents;
    const [incident] = await eventually(async () => ((await incidents()).length > 0 ? incidents() : undefined), 30_000, 'the incident');
    expect(incident).toMatchObject({ status: 'open', attempts: 1 });

    const retried = await admin.post<{ incident: IncidentView }>(`/api/cases/${caseId}/incidents/${incident.jobKey}/retry`, { variables: { message: '已补录' } });
    expect(retried.status).toBe(200);
    await eventually(async () => ((await incidents())[0].status === 'resolved' ? true : undefined), 30_000, 'the incident resolved');
    type Detail = { timeline: { type: string }[]; tasks: { elementId: string; variables: Record<string, unknown> }[] };
    const after = await eventually(async () => (await admin.get<Detail>(`/api/cases/${caseId}`)).body.tasks.find((t) => t.elementId === 'after'), 30_000, 'the task after the connector');
    expect(after.variables).toMatchObject({ answer: { message: '已补录' } });
    expect((await admin.get<Detail>(`/api/cases/${caseId}`)).body.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['incident.raised', 'incident.retried', 'incident.resolved']));
  });
});
