import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, ProviderBody, seedRegistry } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ProviderWebhookEntity } from './entities';

type Problem = { error: { code: string; details: { path: string; message: string }[] } };

// The test engine allows 127.0.0.1 only (its test partners listen there): every other inside address stays refused.
describe('provider webhook addresses', () => {
  const engine = useTestEngine(testDatabases()[0].create);
  let provider: ProviderBody;
  const secret = 'a-webhook-secret-0123456789';

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    provider = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], contractFrom: '2026-01-01', contractTo: '2099-12-31' });
  });

  it.each([
    ['another loopback address', 'http://127.0.0.2:3000/hook'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
    ['a private address', 'https://10.0.0.1/hook'],
    ['CGNAT', 'https://100.64.0.1/hook'],
    ['the unspecified address', 'http://0.0.0.0:3000/hook'],
    ['IPv6 loopback', 'http://[::1]:3000/hook'],
    ['an IPv6 unique-local address', 'http://[fd00::1]/hook'],
    ['an IPv4-mapped private address', 'http://[::ffff:192.168.0.1]/hook'],
  ])('given %s, when an admin sets it as a webhook, then it is refused with 400 on url and nothing is stored', async (_what, url) => {
    const res = await engine.admin.request<Problem>('PUT', `/api/providers/${provider.id}/webhook`, { url, secret });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'url', message: expect.stringContaining('OUTBOUND_ALLOW_HOSTS') });
    expect(await engine.running.dataSource.getRepository(ProviderWebhookEntity).countBy({ providerId: provider.id })).toBe(0);
  });

  it('given a public address or the allowed test host, when set, then it is stored', async () => {
    for (const url of ['https://93.184.215.14/hook', 'http://127.0.0.1:3000/hook']) {
      const res = await engine.admin.request<{ webhook: { url: string } }>('PUT', `/api/providers/${provider.id}/webhook`, { url, secret });
      expect([res.status, res.body.webhook.url]).toEqual([200, url]);
    }
  });
});
