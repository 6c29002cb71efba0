import { eventually } from '../../../test/support/api-client';
import { chain, echoTask, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Detail = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[]; tasks: { elementId: string; variables: Record<string, unknown> }[] };

describe.each(testDatabases())('incidents on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const api = () => engine.admin;
  const detail = async (id: string) => (await api().get<Detail>(`/api/cases/${id}`)).body;
  const incidentsOf = async (id: string) => (await api().get<{ incidents: unknown[] }>(`/api/cases/${id}/incidents`)).body.incidents;

  beforeAll(async () => {
    await api().post('/api/forms', { key: 'after-form', title: '后续', schema: { type: 'object' } });
    await api().post('/api/service-types', { key: 'notify', names: { 'zh-CN': '通知', en: 'Notify' }, category: 'test' });
    const xml = chain(uniqueProcessId('notify'), [{ id: 'echo', xml: echoTask('echo') }, { id: 'after', xml: userTask('after', 'after-form') }]);
    await api().post('/api/service-types/notify/versions', { bpmnXml: xml });
    expect((await api().post('/api/service-types/notify/publish', { version: 1 })).status).toBe(200);
  });

  // A connector out of retries, and its retry: operaton-routes.test.ts and operaton/incidents.test.ts.
  it('given a working connector, when it runs, then its result is on the case timeline and no incident is raised', async () => {
    const caseId = (await api().post<{ case: { id: string } }>('/api/cases', { serviceType: 'notify', channel: 'phone', variables: { note: '一切正常' } })).body.case.id;
    await eventually(async () => (await detail(caseId)).tasks.find((t) => t.elementId === 'after'), 30_000, 'the task after the connector');
    const { timeline } = await detail(caseId);
    expect(timeline).toContainEqual(expect.objectContaining({ type: 'step.completed', data: expect.objectContaining({ elementId: 'echo' }) }));
    expect(timeline.map((e) => e.type).filter((type) => type === 'connector.failed' || type.startsWith('incident.'))).toEqual([]);
    expect(await incidentsOf(caseId)).toEqual([]);
    expect((await api().post(`/api/cases/${caseId}/incidents/123/retry`, {})).status).toBe(404);
  });
});
