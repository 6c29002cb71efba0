import { ApiClient } from '../../test/support/api-client';
import { testDatabases } from '../../test/support/databases';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../test/support/test-engine';

// Guards do not depend on the dialect; SQLite is enough here (deployments and tasks run on both).
const sqlite = testDatabases()[0];

describe('API guards', () => {
  const engine = useTestEngine(sqlite.create);

  it('declares who may call every route', () => {
    const undeclared = engine.running.engine.routes.filter((r) => r.access !== 'public' && r.access !== 'authenticated' && r.access.length === 0);
    expect(undeclared).toEqual([]);
    const publicRoutes = engine.running.engine.routes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`);
    expect(publicRoutes.sort()).toEqual(['get /health', 'get /openapi.json', 'post /auth/login', 'post /auth/token', 'post /dispatches/webhook', 'post /handovers/:source', 'post /telephony/events', 'post /telephony/webhook']);
  });

  it('given the running engine, when /api/openapi.json is fetched without a session, then it documents every route it serves', async () => {
    const res = await new ApiClient(engine.running.url).get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths).flatMap(([p, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((m) => `${m} ${p}`));
    const served = engine.running.engine.routes.map((r) => `${r.method} /api${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(served.sort());
  });

  it.each([
    ['GET', '/api/tasks'],
    ['GET', '/api/deployments'],
    ['GET', '/api/auth/me'],
    ['POST', '/api/deployments'],
    ['POST', '/api/process-instances'],
  ])('given no session, when %s %s, then 401', async (method, path) => {
    const res = await new ApiClient(engine.running.url).request<{ error: { code: string } }>(method, path, method === 'POST' ? {} : undefined);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('given a wrong password, when logging in, then 401 and no cookie', async () => {
    const res = await new ApiClient(engine.running.url).post<{ error: { code: string } }>('/api/auth/login', { username: 'admin', password: 'wrong-password' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_credentials');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('given the admin password, when logging in, then an httpOnly SameSite session cookie opens the API until logout', async () => {
    const api = new ApiClient(engine.running.url);
    const login = await api.post<{ user: { username: string; roles: string[] } }>('/api/auth/login', { username: 'admin', password: TEST_ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: 'admin', roles: ['admin'] });
    expect(login.headers.get('set-cookie')).toMatch(/careflow_session=.+; path=\/; expires=.+; samesite=lax; httponly/);
    expect((await api.get('/api/auth/me')).status).toBe(200);
    expect((await api.post('/api/auth/logout')).status).toBe(204);
    expect((await api.get('/api/auth/me')).status).toBe(401);
  });

  it('given a bearer token from /auth/token, when calling the API, then it is accepted', async () => {
    const token = await new ApiClient(engine.running.url).post<{ token: string }>('/api/auth/token', { username: 'admin', password: TEST_ADMIN_PASSWORD });
    const res = await new ApiClient(engine.running.url).request('GET', '/api/auth/me', undefined, { authorization: `Bearer ${token.body.token}` });
    expect(res.status).toBe(200);
  });

  describe('bad input', () => {
    const api = () => engine.admin;

    it('given invalid JSON, then 400 invalid_json', async () => {
      const res = await api().request<{ error: { code: string } }>('POST', '/api/process-instances', '{"bpmnProcessId":');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_json');
    });

    it('given unknown and missing fields, then 400 with each field named', async () => {
      const res = await api().post<{ error: { code: string; details: { path: string }[] } }>('/api/deployments', { xml: '', extra: true });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
      expect(res.body.error.details.map((d) => d.path).sort()).toEqual(['(body)', 'resourceName', 'xml']);
    });

    it('given a body over the size limit, then 413 and nothing is deployed', async () => {
      const before = (await api().get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length;
      const huge = { resourceName: 'huge.bpmn', xml: `<x>${'a'.repeat(6 * 1024 * 1024)}</x>` };
      const res = await api().post<{ error: { code: string } }>('/api/deployments', huge);
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
      expect((await api().get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length).toBe(before);
    });

    it('given a body that is not JSON, then 415', async () => {
      const res = await api().request('POST', '/api/process-instances', 'bpmnProcessId=x', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(415);
    });

    it('given an unknown task, then 404 in the error shape', async () => {
      const res = await api().post<{ error: { code: string } }>('/api/tasks/00000000-0000-0000-0000-000000000000/complete', { variables: {} });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    });

    it('given a process that is not deployed, then 404', async () => {
      const res = await api().post('/api/process-instances', { bpmnProcessId: 'never_deployed_process' });
      expect(res.status).toBe(404);
    });
  });
});
