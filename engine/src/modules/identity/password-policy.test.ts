import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Problems = { error?: { code: string; details?: { path: string; code?: string }[] } };
const GOOD = 'Quiet-river-42';

describe.each(testDatabases())('password rules and password changes on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const usernames = async () => (await engine.admin.get<{ users: { username: string }[] }>('/api/users')).body.users.map((u) => u.username);
  const codes = (body: Problems) => (body.error?.details ?? []).map((d) => `${d.path}:${d.code}`).sort();

  it.each([
    ['shorter than 8 characters', 'Ab1-xyz', ['password:password_too_short']],
    ['of one character class', 'onlylowercaseletters', ['password:password_too_simple']],
    ['of two character classes', 'lowercase-and-symbols', ['password:password_too_simple']],
    ['holding the user name', 'Xx-rule_tester-9', ['password:password_has_username']],
    ['a common password', 'Password1', ['password:password_common']],
    ['short, simple and common', 'abc123', ['password:password_common', 'password:password_too_short', 'password:password_too_simple']],
  ])('given a password %s, when an admin creates a user with it, then 400 names each rule broken and no user is made', async (_what, password, expected) => {
    const res = await engine.admin.post<Problems>('/api/users', { username: 'rule_tester', password, displayName: '规则', roles: ['agent'] });
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(expected);
    expect(await usernames()).not.toContain('rule_tester');
  });

  it('given a user, when an admin sets a password that breaks the rules, then 400 and the old password still works', async () => {
    const created = await engine.admin.post<{ user: { id: string } }>('/api/users', { username: 'reset_rules', password: GOOD, displayName: '重置', roles: ['agent'] });
    expect(created.status).toBe(201);
    const res = await engine.admin.post<Problems>(`/api/users/${created.body.user.id}/password`, { password: 'reset_rules-A1' });
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['password:password_has_username']);
    expect((await new ApiClient(engine.running.url).post('/api/auth/login', { username: 'reset_rules', password: GOOD })).status).toBe(200);
  });

  it('given a user signed in twice, when they change their password in one session, then the other session ends and this one goes on', async () => {
    expect((await engine.admin.post('/api/users', { username: 'two_desks', password: GOOD, displayName: '两处', roles: ['agent'] })).status).toBe(201);
    const here = new ApiClient(engine.running.url);
    const there = new ApiClient(engine.running.url);
    await here.login('two_desks', GOOD);
    await there.login('two_desks', GOOD);
    expect((await there.get('/api/auth/me')).status).toBe(200); // checked once, so remembered

    const weak = await here.post<Problems>('/api/auth/password', { currentPassword: GOOD, newPassword: 'qwertyuiop' });
    expect(weak.status).toBe(400);
    expect(codes(weak.body)).toEqual(['newPassword:password_common', 'newPassword:password_too_simple']);
    expect((await there.get('/api/auth/me')).status).toBe(200);

    expect((await here.post('/api/auth/password', { currentPassword: GOOD, newPassword: 'Another-river-43' })).status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(engine.running.url).post('/api/auth/login', { username: 'two_desks', password: GOOD })).status).toBe(401);
  });
});
