import { ApiClient, eventually } from '../../../test/support/api-client';
import { uniqueProcessId } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { camundaProcess, deploy, insertCase, seq, startInstance, testEngine, waitForTasks } from '../../../test/support/operaton-process-fixtures';
import { JINAN_AREAS } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { CaseTimeline } from '../cases/timeline';

type IncidentView = { jobKey: string; caseId: string | null; status: string; kind: string; elementId: string; errorMessage: string; attempts: number; resolvedBy: string | null };
type List = { incidents: IncidentView[]; total: number };
type LockedTask = { id: string; variables: Record<string, { value: unknown }> };

describe.each(testDatabases())('incidents of cases on Operaton on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const rest = testEngine();
  const ids = { connector: uniqueProcessId('op_inc_connector'), async: uniqueProcessId('op_inc_async') };
  // A topic no connector of the engine serves: the test is the worker.
  const topic = `careflow.test-routes.${ids.connector}`;
  const clients: Record<string, ApiClient> = {};
  const listed = async (who: string, query = '') => (await clients[who].get<List>(`/api/incidents?${query}`)).body.incidents;
  const ofCase = async (caseId: string) => (await engine.admin.get<{ incidents: IncidentView[] }>(`/api/cases/${caseId}/incidents`)).body.incidents;
  const fetchOne = async () => {
    const [task] = await rest.post<LockedTask[]>('/external-task/fetchAndLock', { workerId: 'test-worker', maxTasks: 1, topics: [{ topicName: topic, lockDuration: 30_000 }] });
    return task;
  };

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    for (const [username, roles, areaScope] of [['lixia_lead', ['supervisor'], ['370102']], ['shizhong_lead', ['supervisor'], ['370103']], ['agent', ['agent'], []]] as const) {
      await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, areaScope });
      clients[username] = new ApiClient(engine.running.url);
      await clients[username].login(username, 'password-123');
    }
    clients.admin = engine.admin;
    await deploy(rest, ids.connector, camundaProcess(ids.connector,
      `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'notify')}<bpmn:serviceTask id="notify" name="通知家属" camunda:type="external" camunda:topic="${topic}"/>
       ${seq('f2', 'notify', 'after')}<bpmn:userTask id="after" name="跟进"/>`));
    // An async step whose assignee expression names a variable nobody set: the job fails at once.
    await deploy(rest, ids.async, camundaProcess(ids.async,
      `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'review')}<bpmn:userTask id="review" name="复核" camunda:asyncBefore="true" camunda:assignee="\${reviewer}"/>`));
  });

  it('given a connector out of retries, when supervisors list incidents, then those of its area see it; a retry with the corrected input resolves it and the process moves on', async () => {
    const c = await insertCase(engine.running.dataSource, { areaPath: '/3701/370102/370102001/', serviceTypeKey: 'notify' });
    const pi = await startInstance(rest, ids.connector, c.caseNumber, { caseId: c.id, note: '联系家属' });
    const locked = await eventually(fetchOne, 30_000, 'the notify task');
    await rest.post(`/external-task/${locked.id}/failure`, { workerId: 'test-worker', errorMessage: '家属电话未登记', retries: 0, retryTimeout: 0 });

    const incident = await eventually(async () => (await listed('admin', 'kind=connector')).find((i) => i.caseId === c.id), 30_000, 'the incident in the list');
    expect(incident).toMatchObject({ status: 'open', elementId: 'notify', errorMessage: '家属电话未登记', attempts: 1 });
    expect((await listed('lixia_lead')).map((i) => i.jobKey)).toContain(incident.jobKey);
    expect((await listed('shizhong_lead')).map((i) => i.jobKey)).not.toContain(incident.jobKey);
    expect((await listed('admin', 'area=/3701/370103/')).map((i) => i.jobKey)).not.toContain(incident.jobKey);
    expect((await listed('admin', 'kind=timer')).map((i) => i.jobKey)).not.toContain(incident.jobKey);
    expect((await clients.agent.get('/api/incidents')).status).toBe(403);
    expect((await ofCase(c.id)).map((i) => [i.jobKey, i.status])).toEqual([[incident.jobKey, 'open']]);

    const retried = await clients.lixia_lead.post<{ incident: IncidentView }>(`/api/cases/${c.id}/incidents/${incident.jobKey}/retry`, { variables: { phone: '13805310001' } });
    expect(retried.status).toBe(200);
    expect(retried.body.incident).toMatchObject({ jobKey: incident.jobKey, status: 'resolved' });
    const again = await eventually(fetchOne, 30_000, 'the notify task again');
    expect(again.variables.phone?.value).toBe('13805310001');
    await rest.post(`/external-task/${again.id}/complete`, { workerId: 'test-worker' });
    await waitForTasks(rest, pi, ['after']);
    expect((await listed('admin')).map((i) => i.jobKey)).not.toContain(incident.jobKey);
    expect((await ofCase(c.id)).map((i) => i.status)).toEqual(['resolved']);
    const own = await new CaseTimeline(engine.running.dataSource).list(c.id);
    expect(own.filter((e) => e.type.startsWith('incident.')).map((e) => [e.type, e.actorName])).toEqual([['incident.retried', 'lixia_lead']]);
    expect((await clients.lixia_lead.post(`/api/cases/${c.id}/incidents/${incident.jobKey}/retry`, {})).status).toBe(409);
    expect((await clients.shizhong_lead.post(`/api/cases/${c.id}/incidents/${incident.jobKey}/retry`, {})).status).toBe(404);
  });

  it('given an async step whose expression fails, when retried with the missing variable, then the incident resolves and the step starts', async () => {
    const c = await insertCase(engine.running.dataSource);
    const pi = await startInstance(rest, ids.async, c.caseNumber);
    const incident = await eventually(async () => (await listed('admin', 'kind=async')).find((i) => i.caseId === c.id), 30_000, 'the async incident');
    expect(incident.errorMessage).toContain('reviewer');
    expect((await listed('lixia_lead')).map((i) => i.jobKey)).toContain(incident.jobKey); // a case of no area, as in the inbox
    const retried = await engine.admin.post<{ incident: IncidentView }>(`/api/cases/${c.id}/incidents/${incident.jobKey}/retry`, { variables: { reviewer: 'zhang' } });
    expect(retried.status).toBe(200);
    await waitForTasks(rest, pi, ['review']);
    const [task] = await rest.get<{ assignee: string }[]>('/task', { processInstanceId: pi });
    expect(task.assignee).toBe('zhang');
    expect((await ofCase(c.id)).map((i) => [i.kind, i.status])).toEqual([['async', 'resolved']]);
  });
});
