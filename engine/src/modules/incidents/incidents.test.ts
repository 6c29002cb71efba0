import { eventually } from '../../testing/api-client';
import { chain, echoTask, uniqueProcessId, userTask } from '../../testing/bpmn-fixtures';
import { testDatabases } from '../../testing/databases';
import { useTestEngine, ZEEBE_CASES } from '../../testing/test-engine';

type IncidentView = { jobKey: string; status: string; errorMessage: string; attempts: number; elementId: string };
type Detail = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[]; tasks: { elementId: string; variables: Record<string, unknown> }[] };

describe.each(testDatabases())('incidents on $name', ({ create }) => {
  const engine = useTestEngine(create, ZEEBE_CASES);
  const api = () => engine.admin;
  const detail = async (id: string) => (await api().get<Detail>(`/api/cases/${id}`)).body;
  const incidentsOf = async (id: string) => (await api().get<{ incidents: IncidentView[] }>(`/api/cases/${id}/incidents`)).body.incidents;

  beforeAll(async () => {
    await api().post('/api/forms', { key: 'after-form', title: '后续', schema: { type: 'object' } });
    await api().post('/api/service-types', { key: 'notify', names: { 'zh-CN': '通知', en: 'Notify' }, category: 'test' });
    const xml = chain(uniqueProcessId('notify'), [{ id: 'echo', xml: echoTask('echo') }, { id: 'after', xml: userTask('after', 'after-form') }]);
    await api().post('/api/service-types/notify/versions', { bpmnXml: xml });
    expect((await api().post('/api/service-types/notify/publish', { version: 1 })).status).toBe(200);
  });

  it('given a connector that cannot do its job, when it gives up, then the case shows an incident; a retry with corrected input resolves it and the process moves on', async () => {
    // The message names a secret nobody has set: retrying alone cannot help, so it is an incident at once.
    const opened = await api().post<{ case: { id: string } }>('/api/cases', { serviceType: 'notify', channel: 'phone', variables: { note: '{{secrets.FAMILY_LINE}}' } });
    const caseId = opened.body.case.id;
    const [incident] = await eventually(async () => {
      const found = await incidentsOf(caseId);
      return found.length > 0 ? found : undefined;
    }, 30_000, 'the incident');
    expect(incident).toMatchObject({ status: 'open', elementId: 'echo', attempts: 1, errorMessage: expect.stringContaining('Secrets not set: FAMILY_LINE') });
    expect((await detail(caseId)).timeline.map((e) => e.type)).toEqual(['case.opened', 'connector.failed', 'incident.raised']);
    const supervisorsList = async (query = '') => (await api().get<{ incidents: IncidentView[] }>(`/api/incidents?${query}`)).body.incidents.map((i) => i.jobKey);
    expect(await supervisorsList()).toContain(incident.jobKey);
    expect(await supervisorsList('kind=timer')).not.toContain(incident.jobKey);

    const stillBroken = await api().post<{ incident: IncidentView }>(`/api/cases/${caseId}/incidents/${incident.jobKey}/retry`, {});
    expect(stillBroken.body.incident).toMatchObject({ status: 'open', attempts: 2 });

    const fixed = await api().post<{ incident: IncidentView }>(`/api/cases/${caseId}/incidents/${incident.jobKey}/retry`, { variables: { message: '已补录联系方式' } });
    expect(fixed.status).toBe(200);
    expect(fixed.body.incident.status).toBe('resolved');
    const after = await eventually(async () => (await detail(caseId)).tasks.find((t) => t.elementId === 'after'), 30_000, 'the task after the connector');
    expect(after.variables).toMatchObject({ echo: { message: '已补录联系方式' } });
    expect((await detail(caseId)).timeline.map((e) => e.type)).toContain('incident.resolved');
    expect(await supervisorsList()).not.toContain(incident.jobKey);
    expect((await api().post(`/api/cases/${caseId}/incidents/${incident.jobKey}/retry`, {})).status).toBe(409);
  });

  it('given a working connector, when it runs, then its result is on the case timeline and no incident is raised', async () => {
    const caseId = (await api().post<{ case: { id: string } }>('/api/cases', { serviceType: 'notify', channel: 'phone', variables: { note: '一切正常' } })).body.case.id;
    await eventually(async () => (await detail(caseId)).tasks.find((t) => t.elementId === 'after'), 30_000, 'the task after the connector');
    expect((await detail(caseId)).timeline.map((e) => e.type)).toEqual(['case.opened', 'connector.completed', 'task.created']);
    expect(await incidentsOf(caseId)).toEqual([]);
    expect((await api().post(`/api/cases/${caseId}/incidents/123/retry`, {})).status).toBe(404);
  });
});
