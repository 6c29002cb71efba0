import http from 'node:http';
import { testDatabases } from '../../test/support/databases';
import { useTestEngine } from '../../test/support/test-engine';

/** A GET with the path sent exactly as written (fetch would normalise `..` and `%2e%2e` away). */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('status codes of odd requests', () => {
  const engine = useTestEngine(testDatabases()[0].create);

  it.each([
    ['/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd'],
    ['/..%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['/assets/..%2f..%2fpackage.json'],
    ['/%2E%2E%5c%2E%2E%5cpackage.json'],
    ['/assets/%2e%2e/%2e%2e/%2e%2e/README.md'],
    ['/%E0%A4%A'],
  ])('given the web app path %s, when fetched, then 404 and no file outside the app', async (rawPath) => {
    const res = await rawGet(engine.running.url, rawPath);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('root:');
    expect(res.body).not.toContain('"workspaces"');
  });

  it('given a page path of the app, when fetched, then the app is still served', async () => {
    const res = await rawGet(engine.running.url, '/cases/x');
    expect([res.status, res.body.includes('<div id="root">')]).toEqual([200, true]);
  });

  it.each([[5000], [101]])('given a JSON body nested %i deep, when posted, then 400 invalid_json and nothing else runs', async (depth) => {
    const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const res = await fetch(`${engine.running.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });

  it('given an object nested 5000 deep in a form schema, when saved, then 400 and no form is stored', async () => {
    const before = (await engine.admin.get<{ forms: unknown[] }>('/api/forms')).body.forms.length;
    // Written as text: JSON.stringify itself could not nest it this deep.
    const schema = `${'{"type":"object","properties":{"a":'.repeat(5000)}{"type":"string"}${'}}'.repeat(5000)}`;
    const res = await engine.admin.post('/api/forms', `{"key":"deep_form","title":"深","schema":${schema}}`, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect((await engine.admin.get<{ forms: unknown[] }>('/api/forms')).body.forms.length).toBe(before);
  });
});
