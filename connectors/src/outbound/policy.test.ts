import http from 'node:http';
import { AddressInfo } from 'node:net';
import { connectorProcessConfig } from '../process/process-config';
import { OutboundPolicy, OutboundRefusedError, outboundAllowHostsSchema } from './policy';

const REFUSED = [
  ['loopback', 'http://127.0.0.1/'],
  ['loopback elsewhere in 127/8', 'http://127.3.2.1:8080/'],
  ['loopback written as a number', 'http://2130706433/'],
  ['loopback written in hex', 'http://0x7f.1/'],
  ['private 10/8', 'http://10.0.0.5/'],
  ['private 172.16/12', 'https://172.20.1.1/'],
  ['private 192.168/16', 'http://192.168.1.10/hook'],
  ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data'],
  ['unspecified', 'http://0.0.0.0:3000/'],
  ['CGNAT 100.64/10', 'http://100.64.0.1/'],
  ['multicast', 'http://224.0.0.1/'],
  ['broadcast', 'http://255.255.255.255/'],
  ['IPv6 loopback', 'http://[::1]/'],
  ['IPv6 unspecified', 'http://[::]/'],
  ['IPv6 unique local', 'http://[fd12:3456::1]/'],
  ['IPv6 link-local', 'http://[fe80::1]/'],
  ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/'],
  ['IPv4-mapped private', 'http://[::ffff:a00:1]/'],
  ['NAT64 of a private address', 'http://[64:ff9b::a00:1]/'],
];

const names: Record<string, string[]> = {
  'public.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'mixed.example': ['93.184.215.14', '10.0.0.7'],
  'localhost': ['127.0.0.1', '::1'],
  'inside.hotline.example': ['10.1.2.3'],
};
const resolve = async (host: string) => {
  const all = names[host];
  if (!all) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return all.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('outbound address policy', () => {
  const policy = new OutboundPolicy('', resolve);

  it.each(REFUSED)('given a %s address (%s), when the URL is checked, then it is refused', async (_what, url) => {
    await expect(policy.check(url)).rejects.toThrow(OutboundRefusedError);
  });

  it.each([['https://public.example/hook'], ['http://93.184.215.14/'], ['https://[2606:4700::1111]/'], ['https://not-yet-registered.example/hook']])(
    'given %s (public, or not resolvable yet), when checked, then it passes',
    async (url) => {
      await expect(policy.check(url)).resolves.toBeUndefined();
    },
  );

  it('given a name that resolves to a public and a private address, when checked, then the private one refuses it', async () => {
    await expect(policy.check('https://mixed.example/')).rejects.toThrow('10.0.0.7');
    await expect(policy.check('http://localhost:3000/')).rejects.toThrow('loopback');
  });

  it('given an allow list of a host, a wildcard domain and CIDRs, when checked, then exactly those pass', async () => {
    const allowing = new OutboundPolicy('localhost, *.hotline.example, 10.9.0.0/16, fd00::/8', resolve);
    await expect(allowing.check('http://localhost:8080/')).resolves.toBeUndefined();
    await expect(allowing.check('http://inside.hotline.example/')).resolves.toBeUndefined();
    await expect(allowing.check('http://10.9.3.4/')).resolves.toBeUndefined();
    await expect(allowing.check('http://[fd12::1]/')).resolves.toBeUndefined();
    await expect(allowing.check('http://10.8.3.4/')).rejects.toThrow(OutboundRefusedError);
    await expect(allowing.check('http://127.0.0.1/')).rejects.toThrow(OutboundRefusedError);
  });

  it('given allow-list text, when the configuration is read, then host names, addresses and CIDRs pass and anything else is refused', () => {
    expect(outboundAllowHostsSchema.safeParse('127.0.0.1, localhost,*.corp.example,10.0.0.0/8,fd00::/8').success).toBe(true);
    expect(outboundAllowHostsSchema.safeParse('http://x').success).toBe(false);
    expect(outboundAllowHostsSchema.safeParse('10.0.0.0/99').success).toBe(false);
  });
});

describe('outbound fetch', () => {
  let server: http.Server;
  let port: number;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits += 1;
      if (req.url === '/bounce') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
      else res.writeHead(200).end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  beforeEach(() => (hits = 0));

  it('given a public name that resolves to loopback when called, when fetched, then no connection is made', async () => {
    const rebinding = new OutboundPolicy('', async () => [{ address: '127.0.0.1', family: 4 }]);
    await expect(rebinding.fetch(`http://public.example:${port}/`)).rejects.toThrow(OutboundRefusedError);
    expect(hits).toBe(0);
    await rebinding.close();
  });

  it('given an allowed loopback server that redirects to the metadata address, when fetched, then the redirect is refused', async () => {
    const allowing = new OutboundPolicy('127.0.0.1');
    expect(await (await allowing.fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    await expect(allowing.fetch(`http://127.0.0.1:${port}/bounce`)).rejects.toThrow('169.254.169.254');
    await allowing.close();
  });
});

describe('the connectors’ allow list setting', () => {
  it('given OUTBOUND_ALLOW_HOSTS, when a connector process reads its configuration, then its policy gets it; a bad entry is a configuration error', () => {
    const env = { PROCESS_ENGINE_URL: 'http://127.0.0.1:8080/engine-rest', CONNECTORS_ENGINE_PASSWORD: 'connector-password' };
    expect(connectorProcessConfig({ ...env, OUTBOUND_ALLOW_HOSTS: 'crm.bureau.local,10.20.0.0/16' }).outboundAllowHosts).toBe('crm.bureau.local,10.20.0.0/16');
    expect(connectorProcessConfig(env).outboundAllowHosts).toBe('');
    expect(() => connectorProcessConfig({ ...env, OUTBOUND_ALLOW_HOSTS: 'http://crm' })).toThrow('OUTBOUND_ALLOW_HOSTS');
  });
});
