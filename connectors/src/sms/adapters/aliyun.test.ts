import http from 'node:http';
import { AddressInfo } from 'node:net';
import { aliyunAdapter } from './aliyun';
import { SmsRejectedError } from './types';

interface Seen {
  method: string;
  headers: http.IncomingHttpHeaders;
  query: URLSearchParams;
  body: string;
}

/** A local stand-in for dysmsapi.aliyuncs.com: records what the SDK sends and answers as told. */
async function startEndpoint(answer: Record<string, string>) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, query: new URL(req.url ?? '/', 'http://x').searchParams, body });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ RequestId: 'req-1', ...answer }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const settings = (endpoint: string) => ({
  endpoint,
  accessKeyId: 'LTAI-test',
  accessKeySecret: 'test-secret',
  signName: '养老热线',
  templateCode: 'SMS_100',
  templateCodes: { 'alarm.notice': 'SMS_200' },
});

/** The SDK sends RPC parameters in the query or the form body depending on its version: read both. */
const param = (s: Seen, name: string) => s.query.get(name) ?? new URLSearchParams(s.body).get(name);

describe('the aliyun adapter (no network: a local endpoint)', () => {
  it('given plain content, when sent, then SendSms carries the sign name, the generic template with the content, and a signature; BizId is the provider id', async () => {
    const endpoint = await startEndpoint({ Code: 'OK', Message: 'OK', BizId: 'biz-42' });
    try {
      const result = await aliyunAdapter(settings(endpoint.endpoint)).send({ id: 'm1', phone: '13800138000', content: '您好，救助人员已出发。' });
      expect(result).toEqual({ providerMessageId: 'biz-42' });
      const [request] = endpoint.seen;
      expect(request.method).toBe('POST');
      // OpenAPI V3 style: the action and version in headers, the parameters in the query, ACS3 signature.
      expect([request.headers['x-acs-action'], request.headers['x-acs-version']]).toEqual(['SendSms', '2017-05-25']);
      expect(['PhoneNumbers', 'SignName', 'TemplateCode', 'OutId'].map((n) => param(request, n))).toEqual(['13800138000', '养老热线', 'SMS_100', 'm1']);
      expect(JSON.parse(param(request, 'TemplateParam') ?? '')).toEqual({ content: '您好，救助人员已出发。' });
      expect(request.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI-test,SignedHeaders=.+,Signature=[0-9a-f]{64}$/);
      expect(JSON.stringify(request)).not.toContain('test-secret');
    } finally {
      await endpoint.close();
    }
  });

  it('given a template mapped to an Alibaba Cloud code, when sent, then that code and the parameters go instead of the text', async () => {
    const endpoint = await startEndpoint({ Code: 'OK', BizId: 'biz-43' });
    try {
      await aliyunAdapter(settings(endpoint.endpoint)).send({ id: 'm2', phone: '13800138000', content: '王秀英…', templateKey: 'alarm.notice', params: { elder: '王秀英' } });
      expect(param(endpoint.seen[0], 'TemplateCode')).toBe('SMS_200');
      expect(JSON.parse(param(endpoint.seen[0], 'TemplateParam') ?? '')).toEqual({ elder: '王秀英' });
    } finally {
      await endpoint.close();
    }
  });

  it.each([
    ['an illegal number', 'isv.MOBILE_NUMBER_ILLEGAL', true],
    ['flow control', 'isv.BUSINESS_LIMIT_CONTROL', false],
  ])('given Alibaba Cloud answers %s, when sent, then the error says whether to retry', async (_what, code, final) => {
    const endpoint = await startEndpoint({ Code: code, Message: 'no' });
    try {
      const error = await aliyunAdapter(settings(endpoint.endpoint)).send({ id: 'm3', phone: '13800138000', content: 'x' }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error instanceof SmsRejectedError).toBe(final);
      expect((error as Error).message).toContain(code);
    } finally {
      await endpoint.close();
    }
  });
});
