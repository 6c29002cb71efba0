import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { auditCount, CODES, createProvider, ErrorBody, importer, ProviderBody, seedRegistry, servicesOf, userOf } from '../../../test/support/provider-fixtures';

type Staff = { id: string; providerId: string; name: string; phone: string; skills: string[]; areas: string[]; status: string };
type Page = { staff: Staff[]; total: number };

describe.each(testDatabases())('provider staff on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let street: ProviderBody;
  let other: ProviderBody;
  let streetAdmin: ApiClient;
  let streetWorker: ApiClient;
  let agent: ApiClient;
  let zhang: Staff;
  const url = (provider: ProviderBody) => `/api/providers/${provider.id}/staff`;
  const staffNames = async (client: ApiClient, provider: ProviderBody, query = '') => (await client.get<Page>(`${url(provider)}${query}`)).body.staff?.map((s) => s.name);

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    // Serves the Wenhua Road street (both its communities); offers housekeeping and meals.
    street = await createProvider(engine.admin, { name: '文化东路养老服务中心', areas: ['370102001'], items: [{ code: 'housekeeping_basic', price: 4000 }, { code: 'meal_delivery', price: 1500 }] });
    other = await createProvider(engine.admin, { name: '市中安康助浴', creditCode: CODES[1], areas: ['370103'], items: [{ code: 'bathing_home', price: 8000 }] });
    streetAdmin = await userOf(engine, 'street_admin', ['provider_admin'], street.id);
    streetWorker = await userOf(engine, 'street_worker', ['provider_staff'], street.id);
    agent = await userOf(engine, 'agent_staff', ['agent']);
    const res = await engine.admin.post<{ staff: Staff }>(url(street), { name: '张阿姨', phone: '+86 139-0531-0001', skills: ['meal_delivery', 'housekeeping_basic'], areas: ['370102001001'] });
    expect(res.status).toBe(201);
    zhang = res.body.staff;
  });

  it('given a staff member added by an admin, then the phone is normalised and skills and areas are kept in order', () => {
    expect(zhang).toMatchObject({ providerId: street.id, name: '张阿姨', phone: '13905310001', skills: ['housekeeping_basic', 'meal_delivery'], areas: ['370102001001'], status: 'active' });
  });

  it('given bad staff, when added, then 400 names the field, a phone twice in one provider is 409, and nothing is stored', async () => {
    const base = { name: '李师傅', phone: '13905310009', skills: ['housekeeping_basic'], areas: ['370102001002'] };
    const bad: [string, Record<string, unknown>, number, string?][] = [
      ['a landline', { phone: '0531-88881234' }, 400, 'phone'],
      ['a skill the provider does not offer', { skills: ['bathing_home'] }, 400, 'skills.0'],
      ['an area the provider does not serve', { areas: ['370103'] }, 400, 'areas.0'],
      ['an area above the served one', { areas: ['370102001001', '370102'] }, 400, 'areas.1'],
      ['an unknown area', { areas: ['9999'] }, 400, 'areas'],
      ['no areas', { areas: [] }, 400, 'areas'],
      ['an unknown status', { status: 'fired' }, 400, 'status'],
      ['a phone already on the staff', { phone: '139 0531 0001' }, 409],
    ];
    for (const [what, overrides, status, path] of bad) {
      const res = await engine.admin.post<ErrorBody>(url(street), { ...base, ...overrides });
      expect([what, res.status, res.body.error.details?.[0]?.path]).toEqual([what, status, path]);
    }
    expect((await engine.admin.get<Page>(url(street))).body.total).toBe(1);
    // Another provider may employ the same person.
    expect((await engine.admin.post(url(other), { ...base, phone: '13905310001', skills: ['bathing_home'], areas: ['370103'] })).status).toBe(201);
  });

  it('given several staff, when listed, then status, skill and area filter them (an area matches staff working in it or above it), paged with a total', async () => {
    await engine.admin.post(url(street), { name: '王师傅', phone: '13905310002', skills: ['housekeeping_basic'], areas: ['370102001'] });
    await engine.admin.post(url(street), { name: '赵大姐', phone: '13905310003', skills: ['meal_delivery'], areas: ['370102001002'], status: 'on_leave' });
    expect((await staffNames(agent, street)).sort()).toEqual(['张阿姨', '王师傅', '赵大姐'].sort());
    expect(await staffNames(agent, street, '?status=on_leave')).toEqual(['赵大姐']);
    expect((await staffNames(agent, street, '?skill=housekeeping_basic')).sort()).toEqual(['张阿姨', '王师傅'].sort());
    expect((await staffNames(agent, street, '?area=370102001001')).sort()).toEqual(['张阿姨', '王师傅'].sort());
    expect((await staffNames(agent, street, '?area=370102001002&skill=meal_delivery')).sort()).toEqual(['赵大姐']);
    const page = (await agent.get<Page>(`${url(street)}?pageSize=2&page=2`)).body;
    expect([page.total, page.staff.length]).toEqual([3, 1]);
    expect((await agent.get(`${url(street)}?skill=Bad`)).status).toBe(400);
    expect((await agent.get('/api/providers/no-such-provider/staff')).status).toBe(404);
  });

  it('given a provider admin, when they manage staff, then only their own provider’s; another provider’s staff are 404 and unchanged', async () => {
    const added = await streetAdmin.post<{ staff: Staff }>(url(street), { name: '孙师傅', phone: '13905310004', skills: [], areas: ['370102001001'] });
    expect(added.status).toBe(201);
    expect((await streetAdmin.request('PATCH', `${url(street)}/${added.body.staff.id}`, { status: 'left' })).status).toBe(200);
    const theirs = (await engine.admin.get<Page>(url(other))).body.staff[0];
    expect((await streetAdmin.post(url(other), { name: '钱师傅', phone: '13905310005', areas: ['370103'] })).status).toBe(404);
    expect((await streetAdmin.request('PATCH', `${url(other)}/${theirs.id}`, { name: '改名' })).status).toBe(404);
    expect((await streetAdmin.request('PATCH', `${url(street)}/${theirs.id}`, { name: '改名' })).status).toBe(404);
    expect((await streetAdmin.get(url(other))).status).toBe(404);
    expect((await engine.admin.get<Page>(url(other))).body.staff).toEqual([theirs]);

    expect((await streetWorker.post(url(street), { name: '周师傅', phone: '13905310006', areas: ['370102001001'] })).status).toBe(403);
    expect((await streetWorker.request('PATCH', `${url(street)}/${zhang.id}`, { name: '改名' })).status).toBe(403);
    expect((await streetWorker.get(url(other))).status).toBe(404);
    expect((await agent.post(url(street), { name: '周师傅', phone: '13905310006', areas: ['370102001001'] })).status).toBe(403);
    expect((await engine.admin.get<Page>(url(street))).body.total).toBe(4);
  });

  it('given each role, when staff are listed, then agents, analysts and auditors see phones masked and managers and the provider’s own users in full', async () => {
    const analyst = await userOf(engine, 'analyst_staff', ['analyst']);
    const auditor = await userOf(engine, 'auditor_staff', ['auditor']);
    const supervisor = await userOf(engine, 'sup_staff', ['supervisor']);
    const phoneOf = async (client: ApiClient) => (await client.get<Page>(`${url(street)}?status=active&skill=meal_delivery`)).body.staff[0].phone;
    for (const client of [agent, analyst, auditor]) expect(await phoneOf(client)).toBe('139****0001');
    for (const client of [supervisor, engine.admin, streetAdmin, streetWorker]) expect(await phoneOf(client)).toBe('13905310001');
  });

  it('given a provider with staff, when it would stop serving their area or offering their skill, then 409 and the provider is unchanged', async () => {
    const patch = (body: unknown) => engine.admin.request<ErrorBody>('PATCH', `/api/providers/${street.id}`, body);
    const areasRefused = await patch({ areas: ['370102001002'] });
    expect(areasRefused.status).toBe(409);
    expect(areasRefused.body.error.message).toContain('370102001001');
    expect((await patch({ items: [{ code: 'housekeeping_basic', price: 4000 }] })).status).toBe(409);
    expect((await engine.admin.get<{ provider: ProviderBody }>(`/api/providers/${street.id}`)).body.provider).toMatchObject({ areas: ['370102001'], items: [{ code: 'housekeeping_basic', price: 4000 }, { code: 'meal_delivery', price: 1500 }] });
    // Widening is always fine.
    expect((await patch({ areas: ['370102'] })).status).toBe(200);
  });

  it('given the import, when the same staff member is upserted twice, then the second changes nothing and writes no audit entry', async () => {
    const { staff } = servicesOf(engine);
    const input = { name: '吴阿姨', phone: '139 0531 0007', skills: ['meal_delivery'], areas: ['370102001002', '370102001001'] };
    const first = await staff.upsertByPhone(street.id, input, importer);
    expect([first.outcome, first.staff.phone, first.staff.areas]).toEqual(['created', '13905310007', ['370102001001', '370102001002']]);
    const again = await staff.upsertByPhone(street.id, { ...input, phone: '+8613905310007', areas: [...input.areas].reverse() }, importer);
    expect([again.outcome, again.staff.id]).toEqual(['unchanged', first.staff.id]);
    expect(await auditCount(engine.admin, 'provider_staff', first.staff.id)).toBe(1);
    const onLeave = await staff.upsertByPhone(street.id, { ...input, status: 'on_leave' }, importer);
    expect([onLeave.outcome, onLeave.staff.status, onLeave.staff.id]).toEqual(['updated', 'on_leave', first.staff.id]);
    expect((await staff.upsertByPhone(street.id, { name: '吴阿姨', phone: '13905310007', areas: input.areas }, importer)).outcome).toBe('unchanged');
    expect(await auditCount(engine.admin, 'provider_staff', first.staff.id)).toBe(2);
  });

  it('given a community where staff still work, when the area is deleted, then 409 names the staff and the area stays', async () => {
    const refused = await engine.admin.request<ErrorBody>('DELETE', '/api/areas/370102001002');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('provider staff');
    expect((await engine.admin.get<{ areas: { code: string }[] }>('/api/areas')).body.areas.map((a) => a.code)).toContain('370102001002');
  });

  it('given 40 staff added at once, when all are answered, then every one is created with its skills and areas', async () => {
    const team = await createProvider(engine.admin, { name: '历下居家服务队', creditCode: CODES[3], areas: ['370102'], items: [{ code: 'housekeeping_basic', price: 4000 }] });
    const added = await Promise.all(Array.from({ length: 40 }, (_, n) => engine.admin.post<{ staff: Staff }>(url(team), { name: `队员${n}`, phone: `1390532${String(n).padStart(4, '0')}`, skills: ['housekeeping_basic'], areas: ['370102001001', '370102001002'] })));
    expect(added.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const listed = (await engine.admin.get<Page>(`${url(team)}?pageSize=100`)).body;
    expect(listed.total).toBe(40);
    expect(new Set(listed.staff.map((s) => `${s.skills.join()}|${s.areas.join()}`))).toEqual(new Set(['housekeeping_basic|370102001001,370102001002']));
  });
});
