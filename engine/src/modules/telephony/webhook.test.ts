import { createHmac } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ConnectorContext, defaultAdapterSettings, httpAdapter, HttpEngineClient, OutboundPolicy, signRequest } from '@careflow/connectors';
import { loadEngineConfig } from '../../config';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

const SECRET = 'ccaas-shared-secret-0123456789';
type Call = { id: string; status: string; outcome: string | null; digits: string | null; adapter: string };

/** A CCaaS platform: checks our signature, answers 202, then reports the call back through the webhook, signed. */
async function startCcaas(engineUrl: string, script: (callId: string) => Record<string, unknown>[]) {
  const received: { body: Record<string, unknown>; signatureValid: boolean; idempotencyKey: string }[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const ts = String(req.headers['x-careflow-timestamp']);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${raw}`).digest('hex')}`;
      const body = JSON.parse(raw) as Record<string, unknown>;
      received.push({ body, signatureValid: expected === req.headers['x-careflow-signature'], idempotencyKey: String(req.headers['idempotency-key']) });
      res.writeHead(202).end();
      void (async () => {
        for (const event of script(String(body.callId))) {
          const payload = JSON.stringify({ callId: body.callId, ...event });
          await fetch(`${engineUrl}/api/telephony/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequest(SECRET, payload) }, body: payload });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/calls`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testDatabases())('the http telephony adapter and its webhook on $name', ({ create }) => {
  const engine = useTestEngine(create, { env: loadEngineConfig({ LOG_LEVEL: 'silent', TELEPHONY_WEBHOOK_SECRET: SECRET }).env });
  let ctx: ConnectorContext;

  beforeAll(() => {
    const identity = engine.running.engine.identity;
    const client = new HttpEngineClient(engine.running.url, async () => (await identity.openServiceSession('connectors')).token);
    const quiet = { info: () => undefined, warn: () => undefined };
    const job = { key: '1', processInstanceKey: '2', elementId: 'call', elementInstanceKey: '3', retries: 3, idempotencyKey: `careflow:call:1/${Date.now()}`, headers: {} };
    ctx = { job, caseId: null, variables: {}, engine: client, logger: quiet, signal: new AbortController().signal, outbound: new OutboundPolicy(), settings: defaultAdapterSettings(), once: (_step, effect) => effect(), note: () => undefined };
  });

  const request = { key: `http-${Date.now()}`, caseId: null, mode: 'robot' as const, to: '13800138000', message: '请按1确认', confirmDigit: '1', ringTimeoutSeconds: 30 };
  const call = async (id: string) => (await engine.admin.get<{ call: Call }>(`/api/calls/${id}`)).body.call;

  it('given a CCaaS that answers and reports key 1, when the adapter places a robot call, then the request is signed and the webhook settles it confirmed', async () => {
    const ccaas = await startCcaas(engine.running.url, () => [{ event: 'answered' }, { event: 'ended', digits: '1', hangupCause: 'NORMAL_CLEARING' }]);
    try {
      const adapter = httpAdapter({ url: ccaas.url, secret: SECRET, callbackUrl: `${engine.running.url}/api/telephony/webhook` });
      const placed = await adapter.place(request, ctx);
      const settled = await adapter.settle(placed, request, ctx);
      expect(settled).toEqual({ id: placed.id, outcome: 'confirmed', digits: '1', hangupCause: 'NORMAL_CLEARING' });
      expect(ccaas.received).toEqual([
        {
          signatureValid: true,
          idempotencyKey: request.key,
          body: { callId: placed.id, mode: 'robot', to: '13800138000', agent: null, message: '请按1确认', confirmDigit: '1', ringTimeoutSeconds: 30, callbackUrl: `${engine.running.url}/api/telephony/webhook` },
        },
      ]);
      expect(await call(placed.id)).toMatchObject({ status: 'ended', outcome: 'confirmed', adapter: 'http' });
    } finally {
      await ccaas.close();
    }
  });

  describe('given a ringing call', () => {
    let id: string;
    beforeAll(async () => {
      id = (await engine.admin.post<{ call: Call }>('/api/calls', { key: `hook-${Date.now()}`, mode: 'robot', to: '13800138000', message: '请按1', adapter: 'http' })).body.call.id;
    });
    const post = (body: string, headers: Record<string, string>) => fetch(`${engine.running.url}/api/telephony/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const busy = () => JSON.stringify({ callId: id, event: 'ended', outcome: 'busy' });

    it.each([
      ['no signature', () => ({})],
      ['a signature made with another secret', () => signRequest('some-other-secret-0123456789', busy())],
      ['a signature of another body', () => signRequest(SECRET, busy().replace('busy', 'no_answer'))],
      ['a timestamp ten minutes old', () => signRequest(SECRET, busy(), Date.now() - 600_000)],
    ])('when a report arrives with %s, then 401 and the call still rings', async (_what, headers) => {
      const res = await post(busy(), headers());
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_signature');
      expect(await call(id)).toMatchObject({ status: 'ringing', outcome: null });
    });

    it('when a signed report names an unknown outcome, then 400 and nothing changes; a signed busy report ends it busy', async () => {
      const bad = JSON.stringify({ callId: id, event: 'ended', outcome: 'exploded' });
      expect((await post(bad, signRequest(SECRET, bad))).status).toBe(400);
      expect((await call(id)).status).toBe('ringing');
      expect((await post(busy(), signRequest(SECRET, busy()))).status).toBe(200);
      expect(await call(id)).toMatchObject({ status: 'ended', outcome: 'busy', hangupCause: 'USER_BUSY' });
    });
  });
});
