import { WebSocket } from 'ws';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { listen } from '../../../test/support/live-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Sent = { notifications: { id: string; userId: string; title: string; link: string | null }[]; recipients: { username: string; phone: string | null }[]; repeated: boolean; error?: { code: string; details?: { path: string }[] } };
type Mine = { notifications: { id: string; title: string; readAt: string | null; level: string }[]; unread: number };

describe.each(testDatabases())('notifications on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const sockets: WebSocket[] = [];
  let supervisor: ApiClient;
  let agent: ApiClient;
  afterAll(() => sockets.forEach((ws) => ws.close()));

  const user = async (username: string, roles: string[], extra: Record<string, unknown> = {}) => {
    const res = await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, ...extra });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    const client = new ApiClient(engine.running.url);
    await client.login(username, 'password-123');
    return client;
  };

  beforeAll(async () => {
    await engine.admin.post('/api/groups', { key: 'night_shift', name: '夜班' });
    supervisor = await user('sup_n', ['supervisor'], { phone: '13800138001' });
    agent = await user('agent_n', ['agent'], { groups: ['night_shift'], phone: '13800138002' });
    await user('agent_m', ['agent'], { groups: ['night_shift'] });
    await user('agent_gone', ['agent'], { groups: ['night_shift'] });
    const users = (await engine.admin.get<{ users: { id: string; username: string }[] }>('/api/users')).body.users;
    expect((await engine.admin.request('PATCH', `/api/users/${users.find((u) => u.username === 'agent_gone')?.id}`, { active: false })).status).toBe(200);
  });

  it('given a user and a group, when notified, then each active recipient gets one row with their phone, pushed live only to them, and the same key sends nothing again', async () => {
    const { heard: agentHeard, ws: a } = await listen(engine.running.url, 'agent_n');
    const { heard: supHeard, ws: s } = await listen(engine.running.url, 'sup_n');
    sockets.push(a, s);
    const body = { key: 'job-1', users: ['agent_n'], groups: ['night_shift'], title: '紧急呼叫未处理', body: '山大社区王秀英', level: 'urgent' };
    const sent = await supervisor.post<Sent>('/api/notifications', body);
    expect(sent.status).toBe(201);
    expect(sent.body.recipients).toEqual([
      { userId: expect.any(String), username: 'agent_m', displayName: 'agent_m', phone: null },
      { userId: expect.any(String), username: 'agent_n', displayName: 'agent_n', phone: '13800138002' },
    ]);
    await eventually(async () => (agentHeard.some((m) => m.type === 'notification.created') ? true : undefined), 10_000, 'the push');
    expect(agentHeard.filter((m) => m.type === 'notification.created')).toHaveLength(1);
    const again = await supervisor.post<Sent>('/api/notifications', body);
    expect([again.status, again.body.repeated, again.body.notifications.map((n) => n.id).sort()]).toEqual([200, true, sent.body.notifications.map((n) => n.id).sort()]);
    await new Promise((r) => setTimeout(r, 300));
    expect(agentHeard.filter((m) => m.type === 'notification.created')).toHaveLength(1);
    expect(supHeard.filter((m) => m.type === 'notification.created')).toHaveLength(0);
  });

  it('given my notifications, when I list and read one, then unread come first, the count drops, and another user’s is not found', async () => {
    await supervisor.post('/api/notifications', { key: 'job-2', users: ['agent_n'], title: '第二条', level: 'info' });
    const before = (await agent.get<Mine>('/api/notifications')).body;
    expect(before.unread).toBe(2);
    const first = before.notifications.find((n) => n.title === '紧急呼叫未处理');
    expect((await supervisor.post(`/api/notifications/${first?.id}/read`)).status).toBe(404);
    expect((await agent.post(`/api/notifications/${first?.id}/read`)).status).toBe(200);
    const after = (await agent.get<Mine>('/api/notifications')).body;
    expect(after.unread).toBe(1);
    expect(after.notifications.map((n) => [n.title, n.readAt === null])).toEqual([
      ['第二条', true],
      ['紧急呼叫未处理', false],
    ]);
  });

  it.each([
    ['an unknown user', { users: ['nobody'] }, 400, 'users.0'],
    ['an unknown group', { groups: ['day_shift'] }, 400, 'groups.0'],
    ['only an inactive user', { users: ['agent_gone'] }, 400, 'users'],
    ['no recipients', {}, 400, 'users'],
    ['an unknown level', { users: ['agent_n'], level: 'panic' }, 400, 'level'],
    ['a title of 201 characters', { users: ['agent_n'], title: 'x'.repeat(201) }, 400, 'title'],
  ])('given %s, when notified, then it is refused and nothing is stored', async (_what, body, status, path) => {
    const res = await supervisor.post<Sent>('/api/notifications', { key: `bad-${path}-${Math.random()}`, title: '标题', ...body });
    expect([res.status, res.body.error?.details?.map((d) => d.path)]).toEqual([status, [path]]);
    expect((await agent.get<Mine>('/api/notifications')).body.notifications).toHaveLength(2);
  });

  it('given an agent, when they send a notification, then it is forbidden', async () => {
    expect((await agent.post('/api/notifications', { key: 'x', users: ['sup_n'], title: 't' })).status).toBe(403);
  });

  it('given a link, when it is a path of the app it is kept; another site’s address, or a protocol-relative one, is refused and nothing is sent', async () => {
    const sent = await supervisor.post<Sent>('/api/notifications', { key: 'link-1', users: ['agent_n'], title: '预警', link: '/cases?due=overdue&area=370102' });
    expect(sent.status).toBe(201);
    expect(sent.body.notifications[0].link).toBe('/cases?due=overdue&area=370102');
    for (const link of ['https://evil.example.com/', '//evil.example.com', 'javascript:alert(1)', '/\\evil']) {
      const res = await supervisor.post<{ error: { details: { path: string }[] } }>('/api/notifications', { key: `link-${link}`, users: ['agent_n'], title: '预警', link });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('link');
    }
    expect((await agent.get<{ notifications: { title: string }[] }>('/api/notifications')).body.notifications.filter((n) => n.title === '预警')).toHaveLength(1);
  });
});
