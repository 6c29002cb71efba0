import http from 'node:http';
import { AddressInfo } from 'node:net';
import { OutboundPolicy, OutboundRefusedError } from '../outbound/policy';
import { postSigned } from './webhook';

describe('provider webhook push', () => {
  let server: http.Server;
  let url: string;
  let answer = 200;
  // The test server is on loopback: the admin's allow list lets the engine reach it.
  const allowed = new OutboundPolicy('127.0.0.1');
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await allowed.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('given a signed request, when pushed, then the provider receives the body and signature headers as signed', async () => {
    expect(await postSigned({ url, headers: { 'content-type': 'application/json', 'x-careflow-signature': 'sha256=ab' }, body: '{"a":1}' }, allowed)).toBe(200);
    expect(received.at(-1)).toMatchObject({ body: '{"a":1}', headers: { 'x-careflow-signature': 'sha256=ab' } });
  });

  it('given the provider answers 503, when pushed, then it is an operational error; a 410 is kept as the answer', async () => {
    answer = 503;
    await expect(postSigned({ url, headers: {}, body: '{}' }, allowed)).rejects.toThrow('answered 503');
    answer = 410;
    expect(await postSigned({ url, headers: {}, body: '{}' }, allowed)).toBe(410);
  });

  it('given no allow list, when pushed to a loopback webhook, then it is refused and nothing reaches the server', async () => {
    const before = received.length;
    await expect(postSigned({ url, headers: {}, body: '{}' }, new OutboundPolicy())).rejects.toThrow(OutboundRefusedError);
    expect(received.length).toBe(before);
  });

  it('given a name that answered a public address when saved, when it resolves to loopback at send time (DNS rebinding), then the push is refused', async () => {
    const answers = [[{ address: '93.184.215.14', family: 4 }], [{ address: '127.0.0.1', family: 4 }]];
    const policy = new OutboundPolicy('', async () => answers.shift() ?? []);
    const rebinding = url.replace('127.0.0.1', 'provider.example');
    await expect(policy.check(rebinding)).resolves.toBeUndefined();
    const before = received.length;
    await expect(postSigned({ url: rebinding, headers: {}, body: '{}' }, policy)).rejects.toThrow('loopback');
    expect(received.length).toBe(before);
  });

  it('given nobody listens, when pushed, then it fails for a retry', async () => {
    await expect(postSigned({ url: 'http://127.0.0.1:9/hook', headers: {}, body: '{}' }, allowed)).rejects.toThrow();
  });
});
