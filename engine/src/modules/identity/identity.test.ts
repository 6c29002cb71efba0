import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type ErrorBody = { error: { code: string; details?: unknown } };
type UserBody = { user: { id: string; username: string; roles: string[]; groups: string[]; areaScope: string[]; active: boolean } };
type AuditBody = { entries: { action: string; actorName: string | null; before: unknown; after: unknown }[]; total: number };

describe.each(testDatabases())('identity and audit on $name', ({ create }) => {
  const engine = useTestEngine(create, { lockout: { maxFailures: 3, lockMs: 60_000 }, sessionTtlMs: 60_000 });
  const login = (username: string, password: string) => new ApiClient(engine.running.url).post<ErrorBody>('/api/auth/login', { username, password });

  async function newUser(username: string, roles: string[], extra: Record<string, unknown> = {}) {
    const res = await engine.admin.post<UserBody>('/api/users', { username, password: 'password-123', displayName: username, roles, ...extra });
    expect(res.status).toBe(201);
    const client = new ApiClient(engine.running.url);
    await client.login(username, 'password-123');
    return { id: res.body.user.id, client };
  }

  it('given an analyst modelling a user task, when they list groups, then they read them but may not create one; agents may not list them', async () => {
    await engine.admin.post('/api/groups', { key: 'household_team', name: '家政组' });
    const { client: analyst } = await newUser('modelling_analyst', ['analyst']);
    const listed = await analyst.get<{ groups: { key: string; name: string }[] }>('/api/groups');
    expect(listed.status).toBe(200);
    expect(listed.body.groups).toContainEqual(expect.objectContaining({ key: 'household_team', name: '家政组' }));
    expect((await analyst.post('/api/groups', { key: 'analyst_made', name: '分析组' })).status).toBe(403);
    const { client: agent } = await newUser('curious_agent', ['agent']);
    expect((await agent.get('/api/groups')).status).toBe(403);
  });

  it('given three wrong passwords in a row, when the right one follows, then the account is locked until an admin resets it', async () => {
    const { id } = await newUser('locked_agent', ['agent']);
    for (const _ of [1, 2, 3]) expect((await login('locked_agent', 'wrong-password')).status).toBe(401);
    const refused = await login('locked_agent', 'password-123');
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual((await login('nobody_at_all', 'password-123')).body);

    expect((await engine.admin.post(`/api/users/${id}/password`, { password: 'new-password-456' })).status).toBe(204);
    expect((await login('locked_agent', 'new-password-456')).status).toBe(200);
    const audit = await engine.admin.get<AuditBody>(`/api/audit?entityType=user&entityId=${id}&pageSize=200`);
    expect(audit.body.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.create', 'auth.login_failed', 'auth.locked', 'auth.login_refused_locked', 'user.reset_password', 'auth.login']),
    );
  });

  it('given four admins creating the same user and the same group at once, when all save, then one of each is created and the others get 409', async () => {
    const times = <T>(make: () => Promise<T>) => Promise.all([make(), make(), make(), make()]);
    const group = await times(() => engine.admin.post('/api/groups', { key: 'night_at_once', name: '夜班' }));
    expect(group.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const user = await times(() => engine.admin.post('/api/users', { username: 'agent_at_once', password: 'password-123', displayName: '同时', roles: ['agent'], groups: ['night_at_once'] }));
    expect(user.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const users = (await engine.admin.get<{ users: { username: string; groups: string[] }[] }>('/api/users')).body.users.filter((u) => u.username === 'agent_at_once');
    expect(users).toEqual([expect.objectContaining({ groups: ['night_at_once'] })]);
  });

  it('given users and groups, when an admin manages them, then the API shows roles, groups and scope and refuses bad changes without writing', async () => {
    expect((await engine.admin.post('/api/groups', { key: 'hotline_agents', name: '热线坐席组' })).status).toBe(201);
    expect((await engine.admin.post('/api/groups', { key: 'hotline_agents', name: '重复' })).status).toBe(409);
    const created = await engine.admin.post<UserBody>('/api/users', {
      username: 'agent_li',
      password: 'password-123',
      displayName: '李坐席',
      roles: ['agent'],
      groups: ['hotline_agents'],
      areaScope: ['370102'],
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ username: 'agent_li', roles: ['agent'], groups: ['hotline_agents'], areaScope: ['370102'], active: true });
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|argon2/);

    const before = (await engine.admin.get<{ users: unknown[] }>('/api/users')).body.users.length;
    const unknownGroup = await engine.admin.post<ErrorBody>('/api/users', { username: 'agent_wang', password: 'password-123', displayName: '王', roles: ['agent'], groups: ['nope'] });
    expect(unknownGroup.status).toBe(400);
    const duplicate = await engine.admin.post('/api/users', { username: 'agent_li', password: 'password-123', displayName: '李', roles: ['agent'] });
    expect(duplicate.status).toBe(409);
    const badRole = await engine.admin.post('/api/users', { username: 'agent_zhao', password: 'password-123', displayName: '赵', roles: ['root'] });
    expect(badRole.status).toBe(400);
    expect((await engine.admin.get<{ users: unknown[] }>('/api/users')).body.users.length).toBe(before);

    const changed = await engine.admin.request<UserBody>('PATCH', `/api/users/${created.body.user.id}`, { roles: ['agent', 'supervisor'], groups: [] });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ roles: ['agent', 'supervisor'], groups: [] });
    const audit = await engine.admin.get<AuditBody>(`/api/audit?action=user.update&entityId=${created.body.user.id}`);
    expect(audit.body.entries[0]).toMatchObject({ actorName: 'admin', before: { roles: ['agent'], groups: ['hotline_agents'] }, after: { roles: ['agent', 'supervisor'], groups: [] } });
  });

  it('given a deactivated user, when they use their session or log in, then both are refused; admins cannot deactivate themselves', async () => {
    const { id, client } = await newUser('leaving_agent', ['agent']);
    expect((await client.get('/api/auth/me')).status).toBe(200); // the session has been checked (and is remembered)
    expect((await engine.admin.request('PATCH', `/api/users/${id}`, { active: false })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await login('leaving_agent', 'password-123')).status).toBe(401);
    const me = await engine.admin.get<UserBody>('/api/auth/me');
    expect((await engine.admin.request('PATCH', `/api/users/${me.body.user.id}`, { active: false })).status).toBe(409);
  });

  it('given a checked session, when the user gains a role or logs out, then the next request sees it at once', async () => {
    const { id, client } = await newUser('rising_agent', ['agent']);
    expect((await client.get('/api/tasks?view=all')).status).toBe(403);
    expect((await engine.admin.request('PATCH', `/api/users/${id}`, { roles: ['agent', 'supervisor'] })).status).toBe(200);
    expect((await client.get('/api/tasks?view=all')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('given a user, when they change their own password, then the old one stops working', async () => {
    const { client } = await newUser('careful_agent', ['agent']);
    expect((await client.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'password-789' })).status).toBe(400);
    expect((await client.post('/api/auth/password', { currentPassword: 'password-123', newPassword: 'password-789' })).status).toBe(204);
    expect((await login('careful_agent', 'password-123')).status).toBe(401);
    expect((await login('careful_agent', 'password-789')).status).toBe(200);
  });

  it('given the audit log, when auditors and others search it, then only auditors and admins may, and nothing can change it', async () => {
    const { client: auditor } = await newUser('auditor_zhou', ['auditor']);
    const { client: agent } = await newUser('agent_sun', ['agent']);
    const found = await auditor.get<AuditBody>('/api/audit?action=user.create&pageSize=2');
    expect(found.status).toBe(200);
    expect(found.body.entries).toHaveLength(2);
    expect(found.body.total).toBeGreaterThanOrEqual(6);
    expect((await agent.get('/api/audit')).status).toBe(403);
    expect((await auditor.get('/api/users')).status).toBe(403);
    expect((await auditor.get<ErrorBody>('/api/audit?from=not-a-date')).status).toBe(400);
    const auditRoutes = engine.running.engine.routes.filter((r) => r.path.startsWith('/audit'));
    // Search and export: reads only, nothing that writes or deletes entries.
    expect(auditRoutes.map((r) => r.method)).toEqual(['get', 'get']);
  });
});

describe('session expiry', () => {
  const engine = useTestEngine(testDatabases()[0].create, { sessionTtlMs: 1500 });

  it('given a session past its lifetime, when it is used, then 401', async () => {
    expect((await engine.admin.get('/api/auth/me')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await engine.admin.get('/api/auth/me')).status).toBe(401);
  });
});
