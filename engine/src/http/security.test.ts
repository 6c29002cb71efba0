import WebSocket from 'ws';
import { ApiClient } from '../../test/support/api-client';
import { testDatabases } from '../../test/support/databases';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../test/support/test-engine';
import { trustedOrigin } from './security';

/** Opens the live socket as `cookie` with the given Origin: the first message, or the refusal status. */
function openSocket(url: string, cookie: string, origin?: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api/events`, { headers: { cookie, ...(origin ? { origin } : {}) } });
    ws.on('message', (data) => {
      resolve(JSON.parse(String(data)).type as string);
      ws.close();
    });
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', () => undefined);
  });
}

describe('security headers and cross-site requests', () => {
  const engine = useTestEngine(testDatabases()[0].create);
  const evil = 'https://evil.example';

  it.each([['/'], ['/cases/some-case'], ['/api/health']])('given %s, when fetched, then CSP without inline script or eval, frame-ancestors none, nosniff and a referrer policy are sent', async (path) => {
    const res = await fetch(`${engine.running.url}${path}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    // Only the engine's own script files: nothing inline, no eval (form expressions are interpreted), from no other host or data:.
    expect(scriptSrc.split(' ')[0]).toBe("'self'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|sha\d+-|\*|https?:|data:|blob:/);
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('given a page on another site, when it posts a login, then 403 and no session is opened', async () => {
    const res = await fetch(`${engine.running.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: evil },
      body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('given a logged-in admin lured to another site, when that page posts a write with the cookie, then 403 and nothing is created', async () => {
    const before = (await engine.admin.get<{ groups: unknown[] }>('/api/groups')).body.groups.length;
    const forged = await engine.admin.post('/api/groups', { key: 'csrf', name: '跨站' }, { origin: evil });
    expect(forged.status).toBe(403);
    expect((await engine.admin.post('/api/auth/logout', {}, { origin: 'null' })).status).toBe(403);
    // Still logged in (the forged logout did nothing), and no group was made.
    expect((await engine.admin.get<{ groups: unknown[] }>('/api/groups')).body.groups.length).toBe(before);
  });

  it('given the engine’s own page or a client without Origin, when it writes, then it is served', async () => {
    const own = new ApiClient(engine.running.url);
    const login = await own.post('/api/auth/login', { username: 'admin', password: TEST_ADMIN_PASSWORD }, { origin: engine.running.url });
    expect(login.status).toBe(200);
    expect((await own.post('/api/groups', { key: 'same_site', name: '同站' }, { origin: engine.running.url })).status).toBe(201);
    expect((await own.post('/api/groups', { key: 'no_origin', name: '无来源' })).status).toBe(201);
  });

  it('given a page on another site, when it opens the live socket with the user’s cookie, then 403; the engine’s own page gets the hello', async () => {
    const cookie = engine.admin.sessionCookie ?? '';
    expect(await openSocket(engine.running.url, cookie, evil)).toBe('403');
    expect(await openSocket(engine.running.url, cookie, engine.running.url)).toBe('hello');
    expect(await openSocket(engine.running.url, cookie)).toBe('hello');
  });

  it('given TRUSTED_ORIGINS, when an origin is judged, then it and the request’s own host pass and nothing else', () => {
    const trusted = ['https://desk.bureau.example'];
    expect(trustedOrigin('https://desk.bureau.example', 'careflow.bureau.example', trusted)).toBe(true);
    expect(trustedOrigin('https://careflow.bureau.example', 'careflow.bureau.example', trusted)).toBe(true);
    expect(trustedOrigin('https://careflow.bureau.example.evil.example', 'careflow.bureau.example', trusted)).toBe(false);
    expect(trustedOrigin('null', 'careflow.bureau.example', trusted)).toBe(false);
  });
});
