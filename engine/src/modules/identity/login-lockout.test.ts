import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Answer = { status: number; body: unknown };
type AuditBody = { entries: { action: string }[] };

const PASSWORD = 'Lock-out-test-7';

describe.each(testDatabases())('login lock-out under parallel attempts on $name', ({ create }) => {
  const engine = useTestEngine(create, { lockout: { maxFailures: 5, lockMs: 60_000 } });
  const login = async (username: string, password: string): Promise<Answer> => {
    const { status, body } = await new ApiClient(engine.running.url).post('/api/auth/login', { username, password });
    return { status, body };
  };
  const wrongTimes = (username: string, n: number) => Array.from({ length: n }, (_, i) => login(username, `Wrong-guess-${i}`));

  async function newUser(username: string): Promise<string> {
    const res = await engine.admin.post<{ user: { id: string } }>('/api/users', { username, password: PASSWORD, displayName: username, roles: ['agent'] });
    expect(res.status).toBe(201);
    return res.body.user.id;
  }

  it('given 40 wrong passwords at once, when the right one follows, then the account is locked and answers exactly as an unknown user does', async () => {
    const id = await newUser('parallel_target');
    const unknown = await login('no_such_user', PASSWORD);
    const wrong = await Promise.all(wrongTimes('parallel_target', 40));
    expect(wrong.map((a) => a.status)).toEqual(Array(40).fill(401));
    const right = await login('parallel_target', PASSWORD);
    expect(right).toEqual({ status: 401, body: unknown.body });
    expect(right.body).toMatchObject({ error: { code: 'invalid_credentials' } });
    expect(await login('parallel_target', 'Wrong-guess-x')).toEqual(right);

    const audit = await engine.admin.get<AuditBody>(`/api/audit?entityType=user&entityId=${id}&pageSize=200`);
    const actions = audit.body.entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.locked', 'auth.login_refused_locked']));
    expect(actions).not.toContain('auth.login');
  });

  it('given the right password among 40 wrong ones at once, when all are answered, then the account ends locked and the right password no longer gets in', async () => {
    await newUser('mixed_target');
    await Promise.all([...wrongTimes('mixed_target', 40), login('mixed_target', PASSWORD)]);
    expect((await login('mixed_target', PASSWORD)).status).toBe(401);
  });

  it('given a locked account, when an admin sets a new password, then it opens again', async () => {
    const id = await newUser('reset_target');
    await Promise.all(wrongTimes('reset_target', 10));
    expect((await login('reset_target', PASSWORD)).status).toBe(401);
    expect((await engine.admin.post(`/api/users/${id}/password`, { password: 'Reopened-pass-8' })).status).toBe(204);
    expect((await login('reset_target', 'Reopened-pass-8')).status).toBe(200);
  });
});
