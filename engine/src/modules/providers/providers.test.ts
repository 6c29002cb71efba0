import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { auditCount, BAD_CODE, CODES, createProvider, ErrorBody, importer, ProviderBody, providerBody, seedRegistry, servicesOf, userOf } from '../../../test/support/provider-fixtures';

type Page = { providers: ProviderBody[]; total: number };

describe.each(testDatabases())('providers on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let lixia: ProviderBody;
  let shizhong: ProviderBody;
  let meals: ProviderBody;
  let agent: ApiClient;
  const names = async (client: ApiClient, query = '') => (await client.get<Page>(`/api/providers${query}`)).body.providers.map((p) => p.name);

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    agent = await userOf(engine, 'agent_prov', ['agent']);
    lixia = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0].toLowerCase(), areas: ['370102'], items: [{ code: 'housekeeping_basic', price: 4500 }, { code: 'bathing_home', price: 9000 }] });
    shizhong = await createProvider(engine.admin, { name: '市中安康助浴', creditCode: CODES[1], nature: 'private_non_enterprise', areas: ['370103'], items: [{ code: 'bathing_home', price: 7000 }] });
    meals = await createProvider(engine.admin, { name: '山大社区长者食堂', creditCode: CODES[2], nature: 'public_institution', contactPhone: '0531-8888 1234', areas: ['370102001001'], items: [{ code: 'meal_delivery', price: 1200 }], status: 'suspended' });
  });

  it('given three providers, when one is read, then it carries its normalised code and phone, its areas and its prices in fen', async () => {
    const res = await engine.admin.get<{ provider: ProviderBody }>(`/api/providers/${lixia.id}`);
    expect(res.body.provider).toMatchObject({ creditCode: CODES[0], contactPhone: '13805310001', status: 'active', rating: null, areas: ['370102'], items: [{ code: 'bathing_home', price: 9000 }, { code: 'housekeeping_basic', price: 4500 }] });
    expect(meals.contactPhone).toBe('053188881234');
    expect((await engine.admin.get(`/api/providers/no-such-id`)).status).toBe(404);
  });

  it('given providers, when searched by name, credit code, status, item and area, then each filter finds the right ones, paged with a total', async () => {
    expect(await names(agent)).toHaveLength(3);
    expect(await names(agent, `?q=${encodeURIComponent('颐养')}`)).toEqual(['历下颐养家政']);
    expect(await names(agent, `?q=${CODES[1].toLowerCase()}`)).toEqual(['市中安康助浴']);
    expect(await names(agent, '?q=%25')).toEqual([]);
    expect(await names(agent, '?status=suspended')).toEqual(['山大社区长者食堂']);
    expect((await names(agent, '?item=bathing_home')).sort()).toEqual(['历下颐养家政', '市中安康助浴'].sort());
    // A district's provider serves its communities; a community's provider does not serve its district.
    expect((await names(agent, '?area=370102001001')).sort()).toEqual(['历下颐养家政', '山大社区长者食堂'].sort());
    expect(await names(agent, '?area=370102001002')).toEqual(['历下颐养家政']);
    expect(await names(agent, '?area=370102')).toEqual(['历下颐养家政']);
    expect(await names(agent, '?area=3701')).toEqual([]);
    expect(await names(agent, '?area=370102001001&item=meal_delivery')).toEqual(['山大社区长者食堂']);
    const page = (await agent.get<Page>('/api/providers?pageSize=2&page=2')).body;
    expect([page.total, page.providers.length]).toEqual([3, 1]);
    expect((await agent.get<ErrorBody>('/api/providers?area=9999')).status).toBe(400);
    expect((await agent.get('/api/providers?status=closed')).status).toBe(400);
  });

  it('given bad providers, when registered, then 400 names the field, a known credit code is 409, and nothing is stored', async () => {
    const bad: [string, Record<string, unknown>, number, string?][] = [
      ['a wrong check character', { creditCode: BAD_CODE }, 400, 'creditCode'],
      ['a phone that is no phone', { contactPhone: '12345' }, 400, 'contactPhone'],
      ['a contract ending before it starts', { contractFrom: '2026-06-01', contractTo: '2026-05-31' }, 400, 'contractTo'],
      ['a date that does not exist', { contractTo: '2026-02-30' }, 400, 'contractTo'],
      ['no areas', { areas: [] }, 400, 'areas'],
      ['an unknown area', { areas: ['9999'] }, 400, 'areas'],
      ['a price above the limit', { items: [{ code: 'meal_delivery', price: 1500 }, { code: 'housekeeping_basic', price: 3500 }, { code: 'bathing_home', price: 13000 }] }, 400, 'items.2.price'],
      ['a price in yuan', { items: [{ code: 'meal_delivery', price: 15.5 }] }, 400, 'items.0.price'],
      ['an unknown item', { items: [{ code: 'massage', price: 100 }] }, 400, 'items.0.code'],
      ['an item twice', { items: [{ code: 'meal_delivery', price: 1500 }, { code: 'meal_delivery', price: 1600 }] }, 400, 'items.1.code'],
      ['an unknown nature', { nature: 'charity' }, 400, 'nature'],
      ['a rating', { rating: 5 }, 400, '(body)'],
      ['a known credit code', { creditCode: CODES[1] }, 409],
    ];
    for (const [what, overrides, status, path] of bad) {
      const res = await engine.admin.post<ErrorBody>('/api/providers', providerBody({ creditCode: CODES[3], ...overrides }));
      expect([what, res.status, res.body.error.details?.[0]?.path]).toEqual([what, status, path]);
    }
    expect((await agent.post('/api/providers', providerBody({ creditCode: CODES[3] }))).status).toBe(403);
    expect((await agent.get<Page>('/api/providers')).body.total).toBe(3);
  });

  it('given provider users, when they read providers, then they see only their own and another provider is 404', async () => {
    const own = await userOf(engine, 'lixia_admin', ['provider_admin'], lixia.id);
    const worker = await userOf(engine, 'lixia_worker', ['provider_staff'], lixia.id);
    const stray = await userOf(engine, 'stray_admin', ['provider_admin'], null);
    for (const client of [own, worker]) {
      expect(await names(client)).toEqual(['历下颐养家政']);
      expect(await names(client, '?item=bathing_home')).toEqual(['历下颐养家政']);
      expect((await client.get(`/api/providers/${lixia.id}`)).status).toBe(200);
      expect((await client.get(`/api/providers/${shizhong.id}`)).status).toBe(404);
    }
    expect((await stray.get<Page>('/api/providers')).body).toEqual({ providers: [], total: 0 });
    expect((await stray.get(`/api/providers/${lixia.id}`)).status).toBe(404);
  });

  it('given a provider admin, when they edit, then only their own contact and prices change; names, items offered and other providers are refused', async () => {
    const own = await userOf(engine, 'lixia_editor', ['provider_admin'], lixia.id);
    const worker = await userOf(engine, 'lixia_worker2', ['provider_staff'], lixia.id);
    const patch = (client: ApiClient, id: string, body: unknown) => client.request<ErrorBody & { provider: ProviderBody }>('PATCH', `/api/providers/${id}`, body);
    const prices = [{ code: 'bathing_home', price: 10000 }, { code: 'housekeeping_basic', price: 5000 }];

    expect((await patch(own, shizhong.id, { contactName: '李四' })).status).toBe(404);
    expect((await patch(own, lixia.id, { name: '改名公司' })).status).toBe(403);
    expect((await patch(own, lixia.id, { capacity: 99 })).status).toBe(403);
    expect((await patch(own, lixia.id, { items: [...prices, { code: 'meal_delivery', price: 1500 }] })).status).toBe(403);
    expect((await patch(own, lixia.id, { items: [prices[0]] })).status).toBe(403);
    expect((await patch(own, lixia.id, { items: [{ code: 'bathing_home', price: 20000 }, prices[1]] })).body.error.details?.[0]?.path).toBe('items.0.price');
    expect((await patch(worker, lixia.id, { contactName: '李四' })).status).toBe(403);
    expect((await patch(agent, lixia.id, { contactName: '李四' })).status).toBe(403);
    const unchanged = (await engine.admin.get<{ provider: ProviderBody }>(`/api/providers/${lixia.id}`)).body.provider;
    expect(unchanged).toMatchObject({ name: '历下颐养家政', capacity: 20, items: [{ code: 'bathing_home', price: 9000 }, { code: 'housekeeping_basic', price: 4500 }] });

    const done = await patch(own, lixia.id, { contactName: '李四', contactPhone: '+86 139 0531 0002', items: prices, name: '历下颐养家政' });
    expect(done.status).toBe(200);
    expect(done.body.provider).toMatchObject({ name: '历下颐养家政', contactName: '李四', contactPhone: '13905310002', items: prices });
    const supervisor = await userOf(engine, 'sup_prov', ['supervisor']);
    expect((await patch(supervisor, shizhong.id, { capacity: 5, status: 'suspended' })).body.provider).toMatchObject({ capacity: 5, status: 'suspended' });
  });

  it('given each role, when a provider is read, then agents, analysts and auditors see the contact phone masked and the others in full', async () => {
    const phone = (await engine.admin.get<{ provider: ProviderBody }>(`/api/providers/${meals.id}`)).body.provider.contactPhone;
    const expected: [string, string[], string | null, string][] = [
      ['agent', ['agent'], null, '0531-****1234'],
      ['analyst', ['analyst'], null, '0531-****1234'],
      ['auditor', ['auditor'], null, '0531-****1234'],
      ['supervisor', ['supervisor'], null, phone],
      ['own provider admin', ['provider_admin'], meals.id, phone],
      ['own provider staff', ['provider_staff'], meals.id, phone],
    ];
    for (const [who, roles, providerId, shown] of expected) {
      const client = await userOf(engine, `mask_${roles[0]}_${providerId ? 'own' : 'hq'}`, roles, providerId);
      const one = (await client.get<{ provider: ProviderBody }>(`/api/providers/${meals.id}`)).body.provider.contactPhone;
      const listed = (await client.get<Page>(`/api/providers?q=${CODES[2]}`)).body.providers[0]?.contactPhone;
      expect([who, one, listed]).toEqual([who, shown, shown]);
    }
    expect((await agent.get<Page>(`/api/providers?q=${CODES[0]}`)).body.providers[0].contactPhone).toBe('139****0002');
  });

  it('given the import, when the same provider is upserted twice, then the second changes nothing and writes no audit entry', async () => {
    const { providers } = servicesOf(engine);
    const input = { ...providerBody({ name: '槐荫助老服务站', creditCode: CODES[4].toLowerCase(), areas: ['370102001001', '370102001002'], items: [{ code: 'meal_delivery', price: 1300 }] }), nature: 'individual' as const };
    const first = await providers.upsertByCreditCode(input, importer);
    expect([first.outcome, first.provider.creditCode, first.provider.status]).toEqual(['created', CODES[4], 'active']);
    const entries = await auditCount(engine.admin, 'provider', first.provider.id);
    expect(entries).toBe(1);

    const again = await providers.upsertByCreditCode({ ...input, contactPhone: '13805310001', areas: [...input.areas].reverse() }, importer);
    expect([again.outcome, again.provider.id]).toEqual(['unchanged', first.provider.id]);
    expect(await auditCount(engine.admin, 'provider', first.provider.id)).toBe(1);

    const changed = await providers.upsertByCreditCode({ ...input, capacity: 30 }, importer);
    expect([changed.outcome, changed.provider.capacity, changed.provider.items]).toEqual(['updated', 30, [{ code: 'meal_delivery', price: 1300 }]]);
    expect(await auditCount(engine.admin, 'provider', first.provider.id)).toBe(2);
    await expect(providers.upsertByCreditCode({ ...input, creditCode: BAD_CODE }, importer)).rejects.toMatchObject({ status: 400 });
  });

  it('given a district still served by a provider, when the area is deleted, then 409; once no provider serves it, it goes', async () => {
    const refused = await engine.admin.request<ErrorBody>('DELETE', '/api/areas/370103');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('1 providers');
    expect((await engine.admin.get<{ areas: { code: string }[] }>('/api/areas')).body.areas.map((a) => a.code)).toContain('370103');
    expect((await engine.admin.request('PATCH', `/api/providers/${shizhong.id}`, { areas: ['370102'] })).status).toBe(200);
    expect((await engine.admin.request('DELETE', '/api/areas/370103')).status).toBe(204);
  });
});
