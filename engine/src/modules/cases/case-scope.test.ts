import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS, WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { listen } from '../../../test/support/live-client';
import { useTestEngine } from '../../../test/support/test-engine';

type CaseView = { id: string; areaPath: string | null; elderId: string | null };
type Inbox = { tasks: { id: string; caseId: string }[] };

describe.each(testDatabases())('area scope of cases and tasks on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const clients: Record<string, ApiClient> = {};
  let elderId: string;

  async function supervisor(username: string, areaScope: string[]) {
    await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles: ['supervisor'], areaScope });
    clients[username] = new ApiClient(engine.running.url);
    await clients[username].login(username, 'password-123');
  }

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    elderId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await engine.admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    await engine.admin.post('/api/service-types/visit/versions', { bpmnXml: chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form') }]), settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin', 'supervisor'] } });
    await engine.admin.post('/api/service-types/visit/publish', { version: 1 });
    await supervisor('lixia_lead', ['370102']);
    await supervisor('shizhong_lead', ['370103']);
  });

  it('given a case for an elder, when supervisors of two districts look, then only the elder’s district sees the case and its task', async () => {
    const lixiaSocket = await listen(engine.running.url, 'lixia_lead');
    const shizhongSocket = await listen(engine.running.url, 'shizhong_lead');
    const opened = await engine.admin.post<{ case: CaseView }>('/api/cases', { serviceType: 'visit', channel: 'phone', elderId });
    expect(opened.status).toBe(201);
    expect(opened.body.case.areaPath).toBe('/3701/370102/370102001/370102001001/');
    const caseId = opened.body.case.id;
    const task = await eventually(async () => (await clients.lixia_lead.get<Inbox>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks[0], 30_000, 'the visit task');
    const full = (await clients.lixia_lead.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${task.id}`)).body.task;
    expect(full.variables).toMatchObject({ elderId, elderAreaCode: '370102001001' });

    expect((await clients.lixia_lead.get(`/api/cases/${caseId}`)).status).toBe(200);
    expect((await clients.shizhong_lead.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect((await clients.shizhong_lead.get<{ total: number }>('/api/cases')).body.total).toBe(0);
    expect((await clients.shizhong_lead.get<Inbox>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks).toEqual([]);
    expect((await clients.shizhong_lead.post(`/api/cases/${caseId}/urge`, { text: '请尽快' })).status).toBe(404);
    expect((await clients.shizhong_lead.get(`/api/cases/${caseId}/incidents`)).status).toBe(404);
    // Live events follow the same scope: the other district's socket hears nothing of this case.
    await eventually(async () => lixiaSocket.heard.find((m) => m.type === 'case.updated' && m.caseId === caseId), 10_000, 'the case event in Lixia');
    await eventually(async () => lixiaSocket.heard.find((m) => m.type === 'task.created' && m.task?.caseId === caseId), 10_000, 'the task event in Lixia');
    expect(shizhongSocket.heard.filter((m) => m.caseId === caseId || m.task?.caseId === caseId)).toEqual([]);
    [lixiaSocket, shizhongSocket].forEach((s) => s.ws.close());

    // The case's text messages follow it: the other district's outbox does not list them.
    const { token } = await engine.running.engine.identity.openServiceSession('connectors');
    const queued = await new ApiClient(engine.running.url).request('POST', '/api/sms/messages', { key: `scope/${caseId}`, caseId, phone: '13800138000', content: '您的求助已受理。' }, { authorization: `Bearer ${token}` });
    expect(queued.status).toBe(201);
    type Outbox = { messages: { caseId: string }[] };
    expect((await clients.lixia_lead.get<Outbox>(`/api/sms?caseId=${caseId}`)).body.messages).toEqual([expect.objectContaining({ caseId })]);
    expect((await clients.shizhong_lead.get<Outbox>(`/api/sms?caseId=${caseId}`)).body.messages).toEqual([]);
  });

  it('given an elder outside the opener’s scope or no such elder, when a case is opened, then 400 and no case', async () => {
    const before = (await engine.admin.get<{ total: number }>('/api/cases')).body.total;
    expect((await clients.shizhong_lead.post('/api/cases', { serviceType: 'visit', channel: 'phone', elderId })).status).toBe(400);
    expect((await engine.admin.post('/api/cases', { serviceType: 'visit', channel: 'phone', elderId: '00000000-0000-0000-0000-000000000000' })).status).toBe(400);
    expect((await engine.admin.get<{ total: number }>('/api/cases')).body.total).toBe(before);
  });
});
