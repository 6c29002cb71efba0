import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Outbox = { messages: { phone: string; status: string; adapter: string | null; sentAt: string | null; source: string | null; content: string }[] };

/** End to end: a 催办's SMS copy, queued by the engine, is sent by the connectors' outbox sender through the SMS adapter. */
describe.each(testDatabases())('the SMS of a 催办 on $name', ({ create }) => {
  // Every connector runs, as with npm start: the outbox sender starts beside the SMS connector.
  const engine = useTestEngine(create);
  let assignee: ApiClient;

  beforeAll(async () => {
    await engine.admin.post('/api/groups', { key: 'hotline', name: '热线组' });
    for (const [username, displayName, roles, phone] of [['sun_agent', '孙坐席', ['agent'], '13800138002'], ['zhou_lead', '周值班长', ['supervisor'], null]] as const) {
      expect((await engine.admin.post('/api/users', { username, password: 'password-123', displayName, roles, groups: ['hotline'], phone })).status).toBe(201);
    }
    assignee = new ApiClient(engine.running.url);
    await assignee.login('sun_agent', 'password-123');
    await engine.admin.post('/api/forms', { key: 'visit-form', title: '探访', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    const bpmnXml = chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'hotline', '上门探访') }]);
    await engine.admin.post('/api/service-types/visit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/visit/publish', { version: 1 })).status).toBe(200);
  });

  it('given a task its assignee claimed, when a supervisor urges the case, then the assignee’s SMS copy ends sent by the SMS adapter', async () => {
    const opened = await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone' });
    const caseId = opened.body.case.id;
    const task = await eventually(async () => (await engine.admin.get<{ tasks: { id: string }[] }>(`/api/cases/${caseId}`)).body.tasks[0], 30_000, 'the visit task');
    expect((await assignee.post(`/api/tasks/${task.id}/claim`, {})).status).toBe(200);
    const supervisor = new ApiClient(engine.running.url);
    await supervisor.login('zhou_lead', 'password-123');

    const urged = await supervisor.post<{ escalation: { notified: { displayName: string; sms: string }[] } }>(`/api/cases/${caseId}/urge`, { text: '家属第三次来电' });
    expect(urged.status).toBe(201);
    expect(urged.body.escalation.notified).toEqual([expect.objectContaining({ displayName: '孙坐席', sms: 'queued' })]);

    const sent = await eventually(async () => {
      const { messages } = (await engine.admin.get<Outbox>(`/api/sms?caseId=${caseId}`)).body;
      return messages.find((m) => m.status === 'sent');
    }, 30_000, 'the 催办 SMS sent');
    expect(sent).toMatchObject({ phone: '13800138002', adapter: 'outbox', source: 'case.urge', content: `【催办：${opened.body.case.caseNumber}】家属第三次来电` });
    expect(sent.sentAt).not.toBeNull();
    expect((await engine.admin.get<Outbox>(`/api/sms?caseId=${caseId}`)).body.messages).toHaveLength(1);
  });
});
