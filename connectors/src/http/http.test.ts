import http from 'node:http';
import { AddressInfo } from 'node:net';
import { OutboundPolicy } from '../outbound/policy';
import { createJobContext } from '../runtime/job-context';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { httpConnector } from './descriptor';
import { callHttp, HttpInput } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

describe('http connector against a local server', () => {
  let server: http.Server;
  let base: string;
  const seen: Seen[] = [];
  let slowMs = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        const status = Number(/status=(\d+)/.exec(req.url ?? '')?.[1] ?? 200);
        setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { id: 'ext-42', items: [{ code: 'a/b' }] }, echo: body })), slowMs);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  // The partner test server is on loopback: the admin's allow list lets the connector reach it.
  const allowed = new OutboundPolicy('127.0.0.1');
  afterAll(async () => {
    await allowed.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  beforeEach(() => {
    seen.length = 0;
    slowMs = 0;
  });

  const engine = new MemoryEngine();
  const run = (given: Partial<HttpInput>, variables: Record<string, unknown> = {}, outbound = allowed) => {
    const input = httpConnector.input.parse({ url: `${base}/x`, ...given }) as HttpInput;
    const job = { ...testJob(), idempotencyKey: `k-${Math.random()}` };
    const { ctx, notes } = createJobContext({ job, jobType: 'careflow:http:1', variables, engine, logger: quiet, signal: new AbortController().signal, outbound });
    return { result: callHttp(input, ctx), notes, job };
  };

  it('given a templated POST with a result mapping, when run, then placeholders are filled (escaped for JSON and URL) and the mapped fields come back', async () => {
    const vars = { caseNumber: 'GD20261122-000001', elder: { name: '王"秀英' }, q: 'a b&c' };
    const { result, notes } = run(
      {
        method: 'POST',
        url: `${base}/cases/{{caseNumber}}?q={{q}}`,
        headers: { Authorization: 'Bearer token-1', 'X-Case': '{{caseNumber}}' },
        body: '{"name":"{{elder.name}}"}',
        resultMapping: { externalId: '/data/id', firstCode: 'data.items.0.code', whole: '/' },
      },
      vars,
    );
    const out = await result;
    expect(out).toMatchObject({ externalId: 'ext-42', firstCode: 'a/b', whole: { data: { id: 'ext-42' } } });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/cases/GD20261122-000001?q=a%20b%26c', body: '{"name":"王\\"秀英"}', headers: { authorization: 'Bearer token-1', 'x-case': 'GD20261122-000001', 'content-type': 'application/json' } });
    expect(JSON.parse(seen[0].body)).toEqual({ name: '王"秀英' });
    expect(notes[0]).toMatchObject({ what: 'http.called', result: '200', detail: { method: 'POST' } });
  });

  it('given a JSON object body, when run, then its string leaves are filled and it is sent as JSON; without a mapping the whole answer is the output', async () => {
    const out = await run({ method: 'PUT', body: { elder: '{{name}}', n: 3 } }, { name: '张三' }).result;
    expect(JSON.parse(seen[0].body)).toEqual({ elder: '张三', n: 3 });
    expect(out).toMatchObject({ response: { status: 200, body: { data: { id: 'ext-42' } } } });
  });

  it('given a 404, when run, then it is the BPMN error HTTP_404', async () => {
    const result = run({ url: `${base}/x?status=404` }).result;
    await expect(result).rejects.toBeInstanceOf(ConnectorBpmnError);
    await expect(result).rejects.toMatchObject({ errorCode: 'HTTP_404' });
  });

  it('given a 503, when run, then it is an operational error (retried), not a BPMN error', async () => {
    const result = run({ url: `${base}/x?status=503` }).result;
    await expect(result).rejects.toThrow('answered 503');
    await expect(result).rejects.not.toBeInstanceOf(ConnectorBpmnError);
  });

  it('given a server slower than the timeout, when run, then it fails operationally', async () => {
    slowMs = 1500;
    await expect(run({ timeoutSeconds: 1 }).result).rejects.toThrow('no answer within 1 s');
  });

  it('given a POST that was answered, when the job runs again, then the partner is not called twice', async () => {
    const first = run({ method: 'POST', body: '{}' });
    await first.result;
    const { ctx } = createJobContext({ job: first.job, jobType: 'careflow:http:1', variables: {}, engine, logger: quiet, signal: new AbortController().signal, outbound: allowed });
    await callHttp(httpConnector.input.parse({ url: `${base}/x`, method: 'POST', body: '{}' }) as HttpInput, ctx);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['a file URL', 'file:///etc/passwd'],
    ['an ftp URL', 'ftp://example.com/x'],
    ['no URL at all', 'not a url'],
  ])('given %s, when the input is parsed, then it is refused', (_what, url) => {
    expect(httpConnector.input.safeParse({ url }).success).toBe(false);
  });

  it('given a placeholder that turns the URL into another scheme or one with no value, when run, then it is input that can never work', async () => {
    await expect(run({ url: 'http://{{missing}}/x' }).result).rejects.toBeInstanceOf(ConnectorInputError);
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['the loopback partner without an allow list', undefined, new OutboundPolicy()],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data', allowed],
    ['a private address', 'http://10.0.0.8/admin', allowed],
    ['the loopback partner as an IPv4-mapped address without an allow list', 'http://[::ffff:127.0.0.1]:{{port}}/x', new OutboundPolicy()],
  ])('given %s, when run, then the call is refused as input that can never work and nothing is sent', async (_what, url, outbound) => {
    const port = new URL(base).port;
    const result = run({ url: (url ?? `${base}/x`).replace('{{port}}', port) }, {}, outbound).result;
    await expect(result).rejects.toBeInstanceOf(ConnectorInputError);
    await expect(result).rejects.toThrow('OUTBOUND_ALLOW_HOSTS');
    expect(seen).toHaveLength(0);
  });
});
