import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Body = { user?: { id: string; passwordChangeRequired: boolean }; error?: { code: string; details?: { path: string; code?: string }[] } };
const CHOSEN_BY_ADMIN = 'Admin-chose-77';
const OWN = 'My-own-choice-88';

describe.each(testDatabases())('forced password change on first login on $name', ({ create }) => {
  const engine = useTestEngine(create, { passwordChangeOnFirstLogin: true });
  const signedIn = async (username: string, password: string) => {
    const client = new ApiClient(engine.running.url);
    await client.login(username, password);
    return client;
  };
  const newUser = async (username: string, roles: string[]) =>
    (await engine.admin.post<Body>('/api/users', { username, password: CHOSEN_BY_ADMIN, displayName: username, roles })).body.user!.id;

  it('given a user an admin created, when they log in, then the session can only change the password until it is changed', async () => {
    const id = await newUser('first_day', ['agent']);
    const session = await signedIn('first_day', CHOSEN_BY_ADMIN);
    expect((await session.get<Body>('/api/auth/me')).body.user).toMatchObject({ passwordChangeRequired: true });
    for (const path of ['/api/tasks', '/api/cases', '/api/elders']) {
      const res = await session.get<Body>(path);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 403, 'password_change_required']);
    }
    const same = await session.post<Body>('/api/auth/password', { currentPassword: CHOSEN_BY_ADMIN, newPassword: CHOSEN_BY_ADMIN });
    expect(same.body.error?.details?.map((d) => d.code)).toEqual(['password_unchanged']);

    expect((await session.post('/api/auth/password', { currentPassword: CHOSEN_BY_ADMIN, newPassword: OWN })).status).toBe(204);
    expect((await session.get<Body>('/api/auth/me')).body.user).toMatchObject({ passwordChangeRequired: false });
    expect((await session.get('/api/tasks')).status).toBe(200);

    // An admin setting the password again makes it the admin's choice again.
    expect((await engine.admin.post(`/api/users/${id}/password`, { password: 'Admin-again-99' })).status).toBe(204);
    expect((await (await signedIn('first_day', 'Admin-again-99')).get<Body>('/api/tasks')).body.error?.code).toBe('password_change_required');
  });

  it('given the first admin and a connector service account, when they work, then neither is asked to change a password', async () => {
    expect((await engine.admin.get('/api/users')).status).toBe(200);
    await newUser('connector_proc', ['connector']);
    const connector = await signedIn('connector_proc', CHOSEN_BY_ADMIN);
    expect((await connector.get<Body>('/api/auth/me')).body.user).toMatchObject({ passwordChangeRequired: false });
  });
});
