import { ApiClient, eventually } from '../../../test/support/api-client';
import { uniqueProcessId } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { camundaProcess, deploy, insertCase, seq, startInstance, testEngine } from '../../../test/support/operaton-process-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { AuditEntryEntity } from '../audit/entities';
import { CaseTimeline } from '../cases/timeline';
import { TaskEntity } from './entities';

type TaskView = { id: string; jobKey: string; processInstanceKey: string; caseId: string | null; assignee: string | null; status: string; completedBy: string | null; result: Record<string, unknown> | null };
type ErrorBody = { error: { code: string; message: string; details?: { path: string; code?: string }[] } };

const VISIT_FORM = { type: 'object', properties: { note: { type: 'string', required: true, maxLength: 50 }, satisfied: { type: 'boolean' } } };

describe.each(testDatabases())('tasks of cases on Operaton on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const rest = testEngine();
  const processId = uniqueProcessId('op_tasks');
  const clients: Record<string, ApiClient> = {};
  const as = (name: string) => clients[name];
  const dataSource = () => engine.running.dataSource;

  /** A case row and its instance, started through the engine's REST API (not CaseService). */
  async function started() {
    const c = await insertCase(dataSource());
    const pi = await startInstance(rest, processId, c.caseNumber, { caseId: c.id, caseNumber: c.caseNumber });
    const task = await eventually(async () => {
      const { tasks } = (await as('agent_a').get<{ tasks: TaskView[] }>(`/api/tasks?bpmnProcessId=${processId}&pageSize=500`)).body;
      return tasks.find((t) => t.processInstanceKey === pi);
    }, 30_000, 'the visit task in agent_a’s inbox');
    return { c, pi, task };
  }
  const engineTask = async (jobKey: string) => (await rest.get<{ id: string; assignee: string | null }[]>('/task', { taskId: jobKey }))[0];
  const taskEntries = async (caseId: string) => (await new CaseTimeline(dataSource()).list(caseId)).map((e) => e.type).filter((t) => t.startsWith('task.'));
  const audited = async (taskId: string) => (await dataSource().getRepository(AuditEntryEntity).findBy({ entityId: taskId })).map((a) => a.action).sort();

  beforeAll(async () => {
    await engine.admin.post('/api/groups', { key: 'hotline', name: 'hotline' });
    for (const [username, roles, groups] of [['agent_a', ['agent'], ['hotline']], ['agent_b', ['agent'], ['hotline']], ['lead', ['supervisor'], []]] as const) {
      await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, groups });
      clients[username] = new ApiClient(engine.running.url);
      await clients[username].login(username, 'password-123');
    }
    await engine.admin.post('/api/forms', { key: 'op-visit-form', title: '回访', schema: VISIT_FORM });
    await deploy(rest, processId, camundaProcess(processId,
      `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'visit')}
       <bpmn:userTask id="visit" name="回访" camunda:formKey="op-visit-form" camunda:candidateGroups="hotline"/>
       ${seq('f2', 'visit', 'end')}<bpmn:endEvent id="end"/>`));
  });

  it('given a task in the engine, when two agents claim it, then the first holds it in the engine and the inbox, the second gets 409; a supervisor reassigns it', async () => {
    const { c, task } = await started();
    expect(task).toMatchObject({ caseId: c.id, assignee: null, status: 'created' });
    const claimed = await as('agent_a').post<{ task: TaskView }>(`/api/tasks/${task.id}/claim`);
    expect([claimed.status, claimed.body.task.assignee]).toEqual([200, 'agent_a']);
    expect((await engineTask(task.jobKey)).assignee).toBe('agent_a');
    const second = await as('agent_b').post<ErrorBody>(`/api/tasks/${task.id}/claim`);
    expect(second.status).toBe(409);
    expect((await engineTask(task.jobKey)).assignee).toBe('agent_a');

    expect((await as('agent_b').post(`/api/tasks/${task.id}/unclaim`)).status).toBe(409);
    expect((await as('agent_a').post(`/api/tasks/${task.id}/unclaim`)).status).toBe(200);
    expect((await engineTask(task.jobKey)).assignee).toBeNull();
    expect((await as('agent_a').post(`/api/tasks/${task.id}/assign`, { username: 'agent_b' })).status).toBe(403);
    expect((await as('lead').post<{ task: TaskView }>(`/api/tasks/${task.id}/assign`, { username: 'agent_b' })).body.task.assignee).toBe('agent_b');
    expect((await engineTask(task.jobKey)).assignee).toBe('agent_b');
    const mine = (await as('agent_b').get<{ tasks: TaskView[] }>(`/api/tasks?view=mine&bpmnProcessId=${processId}`)).body.tasks;
    expect(mine.map((t) => t.id)).toEqual([task.id]);

    await new Promise((r) => setTimeout(r, 1_000)); // the projection reads the same changes: it must not add or undo any
    expect((await dataSource().getRepository(TaskEntity).findOneByOrFail({ id: task.id })).assignee).toBe('agent_b');
    expect(await taskEntries(c.id)).toEqual(['task.created', 'task.claimed', 'task.unclaimed', 'task.assigned']);
    expect(await audited(task.id)).toEqual(['task.assigned', 'task.claimed', 'task.unclaimed']);
  });

  it('given invalid form values, when completed, then 400 and the engine task stays open; valid values complete it in the engine and in the row, recorded once', async () => {
    const { c, pi, task } = await started();
    expect((await as('agent_a').post(`/api/tasks/${task.id}/claim`)).status).toBe(200);
    const bad = await as('agent_a').post<ErrorBody>(`/api/tasks/${task.id}/complete`, { variables: { satisfied: 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((d) => [d.path, d.code]).sort()).toEqual([['note', 'required'], ['satisfied', 'type']]);
    expect(await engineTask(task.jobKey)).toBeDefined();

    const ok = await as('agent_a').post<{ task: TaskView }>(`/api/tasks/${task.id}/complete`, { variables: { note: '已派社区网格员', satisfied: true, sneaky: 'dropped' } });
    expect(ok.status).toBe(200);
    expect(ok.body.task).toMatchObject({ status: 'completed', assignee: 'agent_a', result: { note: '已派社区网格员', satisfied: true } });
    expect(await engineTask(task.jobKey)).toBeUndefined();
    const [history] = await rest.get<{ deleteReason: string }[]>('/history/task', { taskId: task.jobKey });
    expect(history.deleteReason).toBe('completed');
    const variables = await rest.get<{ name: string; value: unknown }[]>('/history/variable-instance', { processInstanceId: pi });
    expect(Object.fromEntries(variables.map((v) => [v.name, v.value]))).toMatchObject({ note: '已派社区网格员', satisfied: true });
    expect(variables.map((v) => v.name)).not.toContain('sneaky');

    await new Promise((r) => setTimeout(r, 1_000)); // the projection reads the end too: the row keeps the result
    const row = (await as('agent_a').get<{ task: TaskView }>(`/api/tasks/${task.id}`)).body.task;
    expect(row).toMatchObject({ status: 'completed', assignee: 'agent_a', result: { note: '已派社区网格员', satisfied: true } });
    expect(row.completedBy).toEqual(expect.any(String));
    expect(await taskEntries(c.id)).toEqual(['task.created', 'task.claimed', 'task.completed']);
    expect(await audited(task.id)).toEqual(['task.claimed', 'task.complete']);
    expect((await as('agent_a').post(`/api/tasks/${task.id}/complete`, { variables: { note: '再次' } })).status).toBe(409);
  });

  it('given a task whose instance was deleted in the engine, when completed before the inbox heard of it, then 409 and nothing in CareFlow changes', async () => {
    const { c, pi, task } = await started();
    await rest.delete(`/process-instance/${pi}`);
    const repo = dataSource().getRepository(TaskEntity);
    // The projection ends the row; put it back as it was, as if the projection had not read the end yet.
    await eventually(async () => ((await repo.findOneByOrFail({ id: task.id })).status === 'canceled' ? true : undefined), 30_000, 'the row ended by the projection');
    await repo.update({ id: task.id }, { status: 'created', completedAt: null });

    const refused = await as('agent_a').post<ErrorBody>(`/api/tasks/${task.id}/complete`, { variables: { note: '已回访' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/no longer active/);
    expect(await repo.findOneByOrFail({ id: task.id })).toMatchObject({ status: 'created', assignee: null, completedBy: null, result: null });
    expect(await taskEntries(c.id)).toEqual(['task.created']);
    expect(await audited(task.id)).toEqual([]);
  });
});
