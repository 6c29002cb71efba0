import { ProcessDefinitionEntity } from './entities';
import { ApiClient } from '../../../test/support/api-client';
import { serviceTaskWithoutType, intakeThenEcho, uniqueProcessId } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Problems = { error: { code: string; details: { problems: { elementId?: string; message: string }[] } } };

describe.each(testDatabases())('deployments on $name', ({ create }) => {
  const engine = useTestEngine(create);
  beforeAll(async () => {
    // The publish check knows the forms a model may show.
    expect((await engine.admin.post('/api/forms', { key: 'intake-form', title: '受理', schema: { type: 'object', properties: {} } })).status).toBe(201);
  });
  const deploymentCount = async () => ((await engine.admin.get<{ deployments: unknown[] }>('/api/deployments')).body.deployments ?? []).length;

  it('given malformed XML, when deployed, then 422 names the line and nothing is stored', async () => {
    const before = await deploymentCount();
    const res = await engine.admin.post<Problems>('/api/deployments', { resourceName: 'broken.bpmn', xml: '<bpmn:definitions><oops>' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('rejected_model');
    expect(res.body.error.details.problems[0].message).toMatch(/第 1 行/);
    expect(await deploymentCount()).toBe(before);
  });

  it('given well-formed XML that is not BPMN, when deployed, then 422 and nothing is stored', async () => {
    const before = await deploymentCount();
    const res = await engine.admin.post<Problems>('/api/deployments', { resourceName: 'page.bpmn', xml: '<html><body/></html>' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems[0].message).toMatch(/不是 BPMN 2.0 模型/);
    expect(await deploymentCount()).toBe(before);
  });

  it('given a model the process engine rejects, when deployed, then 422 names the element and nothing is stored', async () => {
    const before = await deploymentCount();
    const processId = uniqueProcessId('rejected');
    const res = await engine.admin.post<Problems>('/api/deployments', { resourceName: `${processId}.bpmn`, xml: serviceTaskWithoutType(processId) });
    expect(res.status).toBe(422);
    // CareFlow's rule and the engine's own parse error, each naming the task.
    const { problems } = res.body.error.details;
    expect(problems.map((p) => p.elementId)).toEqual(['broken_task', 'broken_task']);
    expect(await deploymentCount()).toBe(before);
    const start = await engine.admin.post('/api/process-instances', { bpmnProcessId: processId });
    expect(start.status).toBe(404);
  });

  it('given a valid model, when deployed twice, then the process engine versions it and each version keeps its element names', async () => {
    const processId = uniqueProcessId('versions');
    const first = await engine.admin.post<{ deployment: { processes: { version: number }[] } }>('/api/deployments', { resourceName: `${processId}.bpmn`, xml: intakeThenEcho(processId) });
    const changed = intakeThenEcho(processId).replace('name="受理登记"', 'name="受理登记（新）"');
    const second = await engine.admin.post<{ deployment: { processes: { version: number }[] } }>('/api/deployments', { resourceName: `${processId}.bpmn`, xml: changed });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([first.body.deployment.processes[0].version, second.body.deployment.processes[0].version]).toEqual([1, 2]);
    // Each version keeps its own element names: tasks of old cases keep the old name.
    const names = await engine.running.dataSource.getRepository(ProcessDefinitionEntity).findBy({ bpmnProcessId: processId });
    expect(names.map((d) => [d.version, d.elementNames.intake]).sort()).toEqual([[1, '受理登记'], [2, '受理登记（新）']]);
  });

  it('given a user without the admin role, when they deploy, then 403 and nothing is stored', async () => {
    await engine.running.engine.users.create(
      { username: `agent_${engine.db.name}`, displayName: '话务员', password: 'agent-password-1', roles: ['agent'] },
      { id: null, username: 'test', ip: null },
    );
    const agent = new ApiClient(engine.running.url);
    await agent.login(`agent_${engine.db.name}`, 'agent-password-1');
    const before = await deploymentCount();
    const processId = uniqueProcessId('forbidden');
    const res = await agent.post('/api/deployments', { resourceName: `${processId}.bpmn`, xml: intakeThenEcho(processId) });
    expect(res.status).toBe(403);
    expect(await deploymentCount()).toBe(before);
  });
});
