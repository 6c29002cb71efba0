import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureProblem, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@careflow/contracts/dist/signing';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Test = { test: { outcome: string; status: number | null; url: string } };
const SECRET = 'a-webhook-secret-0123456789';

/** A provider's endpoint on the loopback address the test engine may call: it checks the signature and answers as told. */
function providerEndpoint() {
  const heard: { event: string; signatureProblem: string | null }[] = [];
  let answer = 200;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      heard.push({ event: (JSON.parse(body) as { event: string }).event, signatureProblem: signatureProblem(SECRET, req.headers[TIMESTAMP_HEADER] as string, req.headers[SIGNATURE_HEADER] as string, body) });
      res.writeHead(answer).end();
    });
  });
  return { heard, server, answerWith: (status: number) => (answer = status) };
}

describe.each(testDatabases())('testing a provider webhook on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const endpoint = providerEndpoint();
  let provider: ProviderBody;
  let url: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => endpoint.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/hook`;
    await seedRegistry(engine.admin);
    provider = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], contractFrom: '2026-01-01', contractTo: '2099-12-31' });
  });
  afterAll(() => new Promise<void>((resolve) => endpoint.server.close(() => resolve())));

  const testSend = (client = engine.admin, id = provider.id) => client.post<Test>(`/api/providers/${id}/webhook/test`, {});

  it('given no webhook yet, when a test is asked for, then 409 says to set one first', async () => {
    expect((await testSend()).status).toBe(409);
  });

  it('given a webhook, when tested, then the provider hears a signed webhook.test and the answer is reported, as is a server error or no answer', async () => {
    expect((await engine.admin.request('PUT', `/api/providers/${provider.id}/webhook`, { url, secret: SECRET })).status).toBe(200);
    expect((await engine.admin.get<{ webhook: { url: string } }>(`/api/providers/${provider.id}/webhook`)).body.webhook).toMatchObject({ url });

    const ok = await testSend();
    expect([ok.status, ok.body.test]).toEqual([200, { outcome: 'accepted', status: 200, url, at: expect.any(String) }]);
    expect(endpoint.heard.at(-1)).toEqual({ event: 'webhook.test', signatureProblem: null });

    endpoint.answerWith(503);
    expect((await testSend()).body.test).toMatchObject({ outcome: 'server_error', status: 503 });
    endpoint.answerWith(401);
    expect((await testSend()).body.test).toMatchObject({ outcome: 'refused_by_provider', status: 401 });

    const closed = url.replace(/:\d+\//, ':9/');
    expect((await engine.admin.request('PUT', `/api/providers/${provider.id}/webhook`, { url: closed, secret: SECRET })).status).toBe(200);
    expect((await testSend()).body.test).toMatchObject({ outcome: 'unreachable', status: null });
    const audit = await engine.admin.get<{ entries: { action: string }[] }>(`/api/audit?action=provider.webhook_test&entityId=${provider.id}`);
    expect(audit.body.entries).toHaveLength(4);
  });

  it('given another provider’s administrator, when they ask to test or read this webhook, then they are refused', async () => {
    const other = await createProvider(engine.admin, { name: '市中颐养', creditCode: CODES[1], areas: ['370102'], contractFrom: '2026-01-01', contractTo: '2099-12-31' });
    const stranger = await userOf(engine, `other_admin_${engine.db.name}`, ['provider_admin'], other.id);
    expect([403, 404]).toContain((await testSend(stranger)).status);
    expect([403, 404]).toContain((await stranger.get(`/api/providers/${provider.id}/webhook`)).status);
  });
});
