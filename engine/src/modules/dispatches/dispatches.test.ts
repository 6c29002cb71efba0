import { historicInstancesByIds, historicVariable } from '../../operaton/instances';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId } from '../../../test/support/operaton-fixtures';
import { startInstance, testEngine } from '../../../test/support/operaton-process-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ProviderEntity } from '../providers/entities';
import { PROVIDER_HEADER, signedHeaders } from './signing';

type DispatchBody = { id: string; status: string; providerId: string; staffId: string | null; reason: string | null; provider: { id: string; name: string; contactPhone: string } };
type Created = { dispatch: DispatchBody; repeated: boolean; error?: { code: string; message: string } };

/**
 * Waits for provider.accepted, then ends. On Operaton a message correlates by business key: an
 * answer to an order that belongs to no case goes to the instance whose business key is the dispatch id.
 */
const waitForAcceptance = (processId: string) =>
  chain(
    processId,
    [{ id: 'accepted', xml: '<bpmn:intermediateCatchEvent id="accepted"><bpmn:messageEventDefinition messageRef="m_accepted"/></bpmn:intermediateCatchEvent>' }],
  ).replace('</bpmn:definitions>', '<bpmn:message id="m_accepted" name="provider.accepted"/></bpmn:definitions>');

describe.each(testDatabases())('dispatches on $name', ({ name, create }) => {
  const engine = useTestEngine(create);
  let district: ProviderBody; // serves 历下区, rated 4.5, takes one order at a time
  let street: ProviderBody; // serves 文化东路街道, rated 4.0
  let other: ProviderBody; // serves 市中区 only
  let supervisor: ApiClient;
  let streetStaff: ApiClient;
  let districtAdmin: ApiClient;
  let n = 0;
  const dispatch = (body: Record<string, unknown>) => supervisor.post<Created>('/api/dispatches', { key: `${name}-key-${++n}`, serviceItem: 'housekeeping_basic', areaCode: '370102001001', ...body });

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31' };
    district = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], capacity: 1, ...contract });
    street = await createProvider(engine.admin, { name: '文化东路助老服务社', creditCode: CODES[1], contactPhone: '13805310002', areas: ['370102001'], capacity: 5, ...contract });
    other = await createProvider(engine.admin, { name: '市中安康家政', creditCode: CODES[2], areas: ['370103'], ...contract });
    const ratings = engine.running.dataSource.getRepository(ProviderEntity);
    await ratings.update({ id: district.id }, { rating: 4.5 });
    await ratings.update({ id: street.id }, { rating: 4.0 });
    supervisor = await userOf(engine, 'sup_dispatch', ['supervisor']);
    streetStaff = await userOf(engine, 'street_staff', ['provider_staff'], street.id);
    districtAdmin = await userOf(engine, 'district_admin', ['provider_admin'], district.id);
  });

  it('given providers by rating and capacity, when orders are dispatched, then the best rated fit one takes each until none can, and the same key gets the same dispatch', async () => {
    const first = await dispatch({ key: `${name}-first`, note: '上午九点前' });
    expect(first.status).toBe(201);
    expect(first.body.dispatch).toMatchObject({ status: 'dispatched', providerId: district.id, provider: { name: '历下颐养家政', contactPhone: '13805310001' } });
    // The district provider is now at capacity (1): the street provider, rated lower, is next.
    const second = await dispatch({});
    expect(second.body.dispatch.providerId).toBe(street.id);
    const again = await dispatch({ key: `${name}-first` });
    expect([again.status, again.body.repeated, again.body.dispatch.id]).toEqual([200, true, first.body.dispatch.id]);
    // 市中区 is served only by a provider that the community's district does not reach.
    const none = await dispatch({ areaCode: '370103', serviceItem: 'bathing_home' });
    expect([none.status, none.body.error?.code]).toEqual([422, 'no_provider']);
    expect((await dispatch({ key: `${name}-first`, areaCode: '370103' })).status).toBe(409);
  });

  it.each([
    ['a named provider that does not serve the area', () => ({ providerId: other.id }), 409, 'provider_unavailable'],
    ['a named provider at capacity', () => ({ providerId: district.id }), 409, 'provider_unavailable'],
    ['an unknown provider', () => ({ providerId: 'no-such-provider' }), 404, 'not_found'],
    ['an unknown area', () => ({ areaCode: '9999' }), 400, 'invalid_input'],
    ['an unknown service item', () => ({ serviceItem: 'massage' }), 400, 'invalid_input'],
    ['an unknown field', () => ({ priority: 'high' }), 400, 'invalid_input'],
  ])('given %s, when dispatched, then it is refused and nothing is stored', async (_what, body, status, code) => {
    const before = (await supervisor.get<{ dispatches: unknown[] }>('/api/dispatches')).body.dispatches.length;
    const res = await dispatch(body());
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
    expect((await supervisor.get<{ dispatches: unknown[] }>('/api/dispatches')).body.dispatches).toHaveLength(before);
  });

  it('given a named provider that can take it, when dispatched, then it gets the order', async () => {
    expect((await dispatch({ providerId: street.id })).body.dispatch.providerId).toBe(street.id);
  });

  it('given provider users, when they list and answer orders, then they see only their own and another provider’s is not found', async () => {
    const mine = (await streetStaff.get<{ dispatches: DispatchBody[] }>('/api/dispatches')).body.dispatches;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.providerId === street.id)).toBe(true);
    const districtOrder = (await districtAdmin.get<{ dispatches: DispatchBody[] }>('/api/dispatches')).body.dispatches[0];
    expect((await streetStaff.get(`/api/dispatches/${districtOrder.id}`)).status).toBe(404);
    expect((await streetStaff.post(`/api/dispatches/${districtOrder.id}/accept`, {})).status).toBe(404);
    expect((await supervisor.post(`/api/dispatches/${districtOrder.id}/accept`, {})).status).toBe(403);
    expect((await districtAdmin.get<{ dispatch: DispatchBody }>(`/api/dispatches/${districtOrder.id}`)).body.dispatch.status).toBe('dispatched');
  });

  it('given a process waiting for provider.accepted, when the provider accepts, then the message carries the dispatch and the process ends; accepting again publishes nothing new', async () => {
    const order = (await dispatch({ providerId: street.id })).body.dispatch;
    const processId = uniqueProcessId('dispatch_wait');
    expect((await engine.admin.post('/api/deployments', { resourceName: `${processId}.bpmn`, xml: waitForAcceptance(processId) })).status).toBe(201);
    // Started on the engine itself: the generic start API gives an instance a business key of its own.
    const rest = testEngine();
    const instanceId = await startInstance(rest, processId, order.id);
    await new Promise((r) => setTimeout(r, 500));
    const accepted = await streetStaff.post<{ dispatch: DispatchBody }>(`/api/dispatches/${order.id}/accept`, {});
    expect([accepted.status, accepted.body.dispatch.status]).toEqual([200, 'accepted']);
    await eventually(async () => ((await historicInstancesByIds(rest, [instanceId]))[0]?.state === 'COMPLETED' ? true : undefined), 60_000, 'the process to end');
    expect(await historicVariable(rest, instanceId, 'dispatch')).toEqual({ id: order.id, status: 'accepted', providerId: street.id, staffId: null });
    expect((await streetStaff.post(`/api/dispatches/${order.id}/accept`, {})).status).toBe(200);
    expect((await streetStaff.post(`/api/dispatches/${order.id}/reject`, { reason: '人手不足' })).status).toBe(409);
  });

  it('given a provider webhook, when an answer comes signed, forged or stale, then only the signed one changes the order', async () => {
    const secret = 'street-secret-0123456789';
    expect((await districtAdmin.request('PUT', `/api/providers/${street.id}/webhook`, { url: 'https://street.example/hook', secret })).status).toBe(404);
    expect((await supervisor.request('PUT', `/api/providers/${street.id}/webhook`, { url: 'ftp://street.example/hook', secret })).status).toBe(400);
    const set = await supervisor.request<{ webhook: { url: string } }>('PUT', `/api/providers/${street.id}/webhook`, { url: 'https://street.example/hook', secret });
    expect([set.status, set.body.webhook.url, JSON.stringify(set.body).includes(secret)]).toEqual([200, 'https://street.example/hook', false]);
    const order = (await dispatch({ providerId: street.id })).body.dispatch;
    const body = JSON.stringify({ dispatchId: order.id, action: 'reject', reason: '今日无空闲人员' });
    const send = (headers: Record<string, string>, text = body) => new ApiClient(engine.running.url).post<{ dispatch: { status: string } }>('/api/dispatches/webhook', text, { [PROVIDER_HEADER]: street.id, ...headers });
    expect((await send(signedHeaders('wrong-secret-0123456789', body))).status).toBe(401);
    expect((await send(signedHeaders(secret, body, Date.now() - 10 * 60_000))).status).toBe(401);
    expect((await send({ ...signedHeaders(secret, body) }, body.replace('reject', 'accept'))).status).toBe(401);
    expect((await send({})).status).toBe(401);
    expect((await supervisor.get<{ dispatch: DispatchBody }>(`/api/dispatches/${order.id}`)).body.dispatch.status).toBe('dispatched');
    const signed = await send(signedHeaders(secret, body));
    expect([signed.status, signed.body.dispatch?.status]).toEqual([200, 'rejected']);
    expect((await supervisor.get<{ dispatch: DispatchBody }>(`/api/dispatches/${order.id}`)).body.dispatch).toMatchObject({ status: 'rejected', reason: '今日无空闲人员' });
    // Another provider's order through this provider's webhook is not found.
    const foreign = (await districtAdmin.get<{ dispatches: DispatchBody[] }>('/api/dispatches')).body.dispatches[0];
    const foreignBody = JSON.stringify({ dispatchId: foreign.id, action: 'accept' });
    expect((await send(signedHeaders(secret, foreignBody), foreignBody)).status).toBe(404);
  });

  it('given the supervisor’s orders, when read a page at a time, then each page is its slice of the newest-first list with the total over all pages, filters count alike, and a bad page is a 400', async () => {
    type Page = { dispatches: DispatchBody[]; total: number };
    const all = (await supervisor.get<Page>('/api/dispatches')).body;
    expect(all.total).toBe(all.dispatches.length);
    expect(all.total).toBeGreaterThanOrEqual(5);
    const page = async (n: number, query = '') => (await supervisor.get<Page>(`/api/dispatches?page=${n}&pageSize=2${query}`)).body;
    expect(await page(1)).toEqual({ dispatches: all.dispatches.slice(0, 2), total: all.total });
    expect(await page(2)).toEqual({ dispatches: all.dispatches.slice(2, 4), total: all.total });
    expect(await page(Math.ceil(all.total / 2) + 1)).toEqual({ dispatches: [], total: all.total });
    const streetOrders = all.dispatches.filter((d) => d.providerId === street.id);
    const mine = await streetStaff.get<Page>('/api/dispatches?page=1&pageSize=1');
    expect([mine.body.total, mine.body.dispatches.map((d) => d.id)]).toEqual([streetOrders.length, [streetOrders[0].id]]);
    const rejected = all.dispatches.filter((d) => d.status === 'rejected');
    expect((await page(1, '&status=rejected')).total).toBe(rejected.length);
    for (const bad of ['page=0', 'pageSize=0', 'pageSize=201', 'page=x']) expect((await supervisor.get(`/api/dispatches?${bad}`)).status).toBe(400);
  });
});
