import http from 'node:http';
import { AddressInfo } from 'node:net';
import { postSigned } from './webhook';

describe('provider webhook push', () => {
  let server: http.Server;
  let url: string;
  let answer = 200;
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
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('given a signed request, when pushed, then the provider receives the body and signature headers as signed', async () => {
    expect(await postSigned({ url, headers: { 'content-type': 'application/json', 'x-careflow-signature': 'sha256=ab' }, body: '{"a":1}' })).toBe(200);
    expect(received.at(-1)).toMatchObject({ body: '{"a":1}', headers: { 'x-careflow-signature': 'sha256=ab' } });
  });

  it('given the provider answers 503, when pushed, then it is an operational error; a 410 is kept as the answer', async () => {
    answer = 503;
    await expect(postSigned({ url, headers: {}, body: '{}' })).rejects.toThrow('answered 503');
    answer = 410;
    expect(await postSigned({ url, headers: {}, body: '{}' })).toBe(410);
  });

  it('given nobody listens, when pushed, then it fails for a retry', async () => {
    await expect(postSigned({ url: 'http://127.0.0.1:9/hook', headers: {}, body: '{}' })).rejects.toThrow();
  });
});
