import { ApiClient, eventually } from '../test/support/api-client';
import { intakeEchoReview, intakeThenEcho, uniqueProcessId } from '../test/support/operaton-fixtures';
import { testDatabases } from '../test/support/databases';
import { useTestEngine } from '../test/support/test-engine';

interface TaskView {
  id: string;
  name: string | null;
  jobKey: string;
  elementId: string;
  status: string;
  formKey: string;
  candidateGroups: string[];
  processInstanceKey: string;
  variables: Record<string, unknown>;
}

const openTasks = async (api: ApiClient, query: string) => (await api.get<{ tasks: TaskView[] }>(`/api/tasks?${query}`)).body.tasks;

describe.each(testDatabases())('walking skeleton on $name', ({ create }) => {
  const engine = useTestEngine(create);

  beforeAll(async () => {
    // Operaton's deploy checks a model's form keys against the forms library.
    await engine.admin.post('/api/forms', { key: 'intake-form', title: '受理登记', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/forms', { key: 'review-form', title: '回访', schema: { type: 'object', properties: { satisfied: { type: 'boolean' } } } });
  });

  it('given a running stack, when health is asked, then it reports the database and the process engine', async () => {
    const res = await new ApiClient(engine.running.url).get<{ status: string; database: { status: string; type: string }; processEngine: Record<string, unknown> }>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database).toEqual({ status: 'up', type: engine.db.name });
    expect(res.body.processEngine).toMatchObject({ status: 'up', url: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL, version: expect.stringMatching(/^1\.\d+\.\d+/) });
  });

  it('given a BPMN with a user task and a connector, when deployed, started and the task completed, then the instance ends with the connector output', async () => {
    const api = engine.admin;
    const processId = uniqueProcessId('skeleton');
    const deployed = await api.post<{ deployment: { processes: { bpmnProcessId: string; version: number }[] } }>('/api/deployments', {
      resourceName: `${processId}.bpmn`,
      xml: intakeThenEcho(processId),
    });
    expect(deployed.status).toBe(201);
    expect(deployed.body.deployment.processes).toEqual([expect.objectContaining({ bpmnProcessId: processId, version: 1 })]);

    // Started waiting for the result: the answer arrives only once the instance has ended.
    const finished = api.post<{ processInstance: { processInstanceKey: string }; variables: Record<string, unknown> }>('/api/process-instances', {
      bpmnProcessId: processId,
      variables: { caller: '13800138000' },
      awaitResultSeconds: 60,
    });
    const [task] = await eventually(async () => {
      const tasks = await openTasks(api, `bpmnProcessId=${processId}`);
      return tasks.length > 0 ? tasks : undefined;
    }, 30_000, 'the intake task');
    // The inbox shows the BPMN element's name; jobs carry only its id.
    expect(task).toMatchObject({ name: '受理登记', elementId: 'intake', formKey: 'intake-form', candidateGroups: ['agents'], status: 'created' });
    expect((await api.get<{ task: TaskView }>(`/api/tasks/${task.id}`)).body.task.variables).toMatchObject({ caller: '13800138000' });

    const completed = await api.post<{ task: TaskView }>(`/api/tasks/${task.id}/complete`, { variables: { note: '老人需要上门助餐' } });
    expect(completed.status).toBe(200);
    expect(completed.body.task.status).toBe('completed');

    const result = await finished;
    expect(result.status).toBe(201);
    expect(result.body.variables).toMatchObject({ caller: '13800138000', note: '老人需要上门助餐', echo: { message: '老人需要上门助餐' } });
    expect(await openTasks(api, `bpmnProcessId=${processId}`)).toEqual([]);
    const again = await api.post(`/api/tasks/${task.id}/complete`, { variables: {} });
    expect(again.status).toBe(409);
  });

  it('given an open user task, when the engine restarts, then the task is there once and completing it moves the case on', async () => {
    let api = engine.admin;
    const processId = uniqueProcessId('restart');
    await api.post('/api/deployments', { resourceName: `${processId}.bpmn`, xml: intakeEchoReview(processId) });
    const started = await api.post<{ processInstance: { processInstanceKey: string } }>('/api/process-instances', { bpmnProcessId: processId, variables: {} });
    expect(started.status).toBe(201);
    const key = started.body.processInstance.processInstanceKey;
    const [before] = await eventually(async () => {
      const tasks = await openTasks(api, `processInstanceKey=${key}`);
      return tasks.length > 0 ? tasks : undefined;
    }, 30_000, 'the intake task');

    await engine.restart();
    api = engine.admin;
    await new Promise((r) => setTimeout(r, 2000)); // let the restarted projection read the engine's history again

    const after = await openTasks(api, `processInstanceKey=${key}`);
    expect(after).toEqual([expect.objectContaining({ id: before.id, jobKey: before.jobKey, elementId: 'intake' })]);
    expect((await api.post(`/api/tasks/${before.id}/complete`, { variables: { note: '重启之后' } })).status).toBe(200);

    const review = await eventually(async () => (await openTasks(api, `processInstanceKey=${key}`)).find((t) => t.elementId === 'review'), 30_000, 'the review task');
    expect((await api.get<{ task: TaskView }>(`/api/tasks/${review.id}`)).body.task.variables).toMatchObject({ note: '重启之后', echo: { message: '重启之后' } });
    expect((await api.post(`/api/tasks/${review.id}/complete`, { variables: { satisfied: true } })).status).toBe(200);
  });
});
