import { WebSocket } from 'ws';
import { eventually } from '../../test/support/api-client';
import { listen } from '../../test/support/live-client';
import { chain, uniqueProcessId, userTask } from '../../test/support/operaton-fixtures';
import { testDatabases } from '../../test/support/databases';
import { useTestEngine } from '../../test/support/test-engine';

describe.each(testDatabases())('live events on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const sockets: WebSocket[] = [];
  afterAll(() => sockets.forEach((ws) => ws.close()));

  beforeAll(async () => {
    const admin = engine.admin;
    for (const key of ['hotline', 'complaints']) await admin.post('/api/groups', { key, name: key });
    await admin.post('/api/users', { username: 'agent_a', password: 'password-123', displayName: 'A', roles: ['agent'], groups: ['hotline'] });
    await admin.post('/api/users', { username: 'agent_c', password: 'password-123', displayName: 'C', roles: ['agent'], groups: ['complaints'] });
    await admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: { type: 'object' } });
    await admin.post('/api/service-types', { key: 'household', names: { 'zh-CN': '家政', en: 'Household' }, category: 'test' });
    const xml = chain(uniqueProcessId('live'), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'hotline') }]);
    await admin.post('/api/service-types/household/versions', { bpmnXml: xml });
    await admin.post('/api/service-types/household/publish', { version: 1 });
  });

  it('given no session, when a socket connects, then it is refused with 401', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${engine.running.url.replace('http', 'ws')}/api/events`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(status).toBe(401);
  });

  it('given two agents of different groups listening, when a case opens and its task is claimed, then only the group member hears of the task', async () => {
    const a = await listen(engine.running.url, 'agent_a');
    const c = await listen(engine.running.url, 'agent_c');
    sockets.push(a.ws, c.ws);
    const opened = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'household', channel: 'phone' });
    const caseId = opened.body.case.id;

    const created = await eventually(async () => a.heard.find((m) => m.type === 'task.created' && m.task?.caseId === caseId), 30_000, 'task.created for agent_a');
    expect((await a.client.post(`/api/tasks/${created.task?.id}/claim`)).status).toBe(200);
    const claimed = await eventually(async () => a.heard.find((m) => m.type === 'task.updated' && m.task?.id === created.task?.id), 10_000, 'task.updated');
    expect(claimed.task?.assignee).toBe('agent_a');
    expect(Object.keys(created.task ?? {})).not.toContain('audience'); // the inbox index's column stays in the database

    await eventually(async () => c.heard.find((m) => m.type === 'case.updated' && m.caseId === caseId), 10_000, 'case.updated for agent_c');
    expect(c.heard.filter((m) => m.type.startsWith('task.'))).toEqual([]);
  });
});
