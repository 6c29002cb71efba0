import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { insertCase } from '../../../test/support/operaton-process-fixtures';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { connectorClient } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { ProcessMessageEntity } from '../messages/operaton/entities';
import { ProviderEntity } from '../providers/entities';

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

type DispatchBody = {
  id: string;
  caseId: string | null;
  status: string;
  providerId: string;
  staffId: string | null;
  attempt: number;
  startedAt: string | null;
  finishedAt: string | null;
  proof: string | null;
  workNote: string | null;
  photoFileIds: string[];
};
type Answer = { dispatch: DispatchBody; error?: { code: string; details?: { path: string }[] } };

/**
 * Household help (家政) on an order: a re-dispatch of a case's item leaves out the providers that
 * refused it or let it expire, and the worker starts and finishes the visit with a photo and proof.
 */
describe.each(testDatabases())('dispatch re-dispatch and the worker’s visit on $name', ({ name, create }) => {
  const engine = useTestEngine(create);
  let district: ProviderBody; // serves 历下区, rated 4.5: the rules' first choice
  let street: ProviderBody; // serves 文化东路街道, rated 4.0
  let supervisor: ApiClient;
  let connector: ApiClient;
  let streetStaff: ApiClient;
  let streetAdmin: ApiClient;
  let districtAdmin: ApiClient;
  let n = 0;
  const dispatch = (body: Record<string, unknown>) => supervisor.post<Answer>('/api/dispatches', { key: `${name}-work-${++n}`, serviceItem: 'housekeeping_basic', areaCode: '370102001001', ...body });
  const newCase = async () => (await insertCase(engine.running.dataSource)).id;
  const read = async (id: string) => (await supervisor.get<Answer>(`/api/dispatches/${id}`)).body.dispatch;
  const message = (messageId: string) => engine.running.dataSource.getRepository(ProcessMessageEntity).findOneBy({ messageId });
  const upload = async (client: ApiClient, bytes = PNG, type = 'image/png') => (await client.upload<{ file: { id: string } }>('/api/files?name=visit.png', bytes, type)).body.file.id;

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31', capacity: 20 };
    district = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], ...contract });
    street = await createProvider(engine.admin, { name: '文化东路助老服务社', creditCode: CODES[1], contactPhone: '13805310002', areas: ['370102001'], ...contract });
    const ratings = engine.running.dataSource.getRepository(ProviderEntity);
    await ratings.update({ id: district.id }, { rating: 4.5 });
    await ratings.update({ id: street.id }, { rating: 4.0 });
    supervisor = await userOf(engine, 'sup_work', ['supervisor']);
    connector = await connectorClient(engine);
    streetStaff = await userOf(engine, 'street_worker', ['provider_staff'], street.id);
    streetAdmin = await userOf(engine, 'street_admin', ['provider_admin'], street.id);
    districtAdmin = await userOf(engine, 'district_admin_w', ['provider_admin'], district.id);
  });

  it('given the rules’ provider rejected the case’s order, when the case is dispatched again, then the other provider gets it as attempt 2; after both refused there is no provider; a named refuser is still taken', async () => {
    const caseId = await newCase();
    const first = (await dispatch({ caseId })).body.dispatch;
    expect([first.providerId, first.attempt]).toEqual([district.id, 1]);
    expect((await districtAdmin.post(`/api/dispatches/${first.id}/reject`, { reason: '今日无空闲人员' })).status).toBe(200);

    const second = await dispatch({ caseId });
    expect(second.status).toBe(201);
    expect([second.body.dispatch.providerId, second.body.dispatch.attempt]).toEqual([street.id, 2]);
    expect((await streetStaff.post(`/api/dispatches/${second.body.dispatch.id}/reject`, { reason: '路远' })).status).toBe(200);

    const none = await dispatch({ caseId });
    expect([none.status, none.body.error?.code]).toEqual([422, 'no_provider']);
    expect((await supervisor.get<{ dispatches: DispatchBody[] }>(`/api/dispatches?caseId=${caseId}`)).body.dispatches).toHaveLength(2);

    const insisted = await dispatch({ caseId, providerId: district.id });
    expect(insisted.status).toBe(201);
    expect([insisted.body.dispatch.providerId, insisted.body.dispatch.attempt]).toEqual([district.id, 3]);
    // A page of one order still counts the case's earlier dispatches, on pages of their own.
    const onePerPage = await Promise.all([1, 2, 3].map(async (page) => (await supervisor.get<{ dispatches: DispatchBody[]; total: number }>(`/api/dispatches?caseId=${caseId}&page=${page}&pageSize=1`)).body));
    expect(onePerPage.map((p) => [p.total, p.dispatches.map((d) => [d.providerId, d.attempt])])).toEqual([[3, [[district.id, 3]]], [3, [[street.id, 2]]], [3, [[district.id, 1]]]]);
    // Another case is not touched by this case's refusals, and an order without a case is attempt 1.
    expect((await dispatch({ caseId: await newCase() })).body.dispatch).toMatchObject({ providerId: district.id, attempt: 1 });
    expect((await dispatch({})).body.dispatch).toMatchObject({ providerId: district.id, attempt: 1, caseId: null });
  });

  it('given nobody answered in time, when the connector expires the order, then the provider is left out of the case’s next dispatch', async () => {
    const caseId = await newCase();
    const first = (await dispatch({ caseId })).body.dispatch;
    expect(first.providerId).toBe(district.id);
    expect((await districtAdmin.post(`/api/dispatches/${first.id}/expire`, {})).status).toBe(403);
    const expired = await connector.post<Answer>(`/api/dispatches/${first.id}/expire`, {});
    expect([expired.status, expired.body.dispatch.status]).toEqual([200, 'expired']);
    expect((await districtAdmin.post(`/api/dispatches/${first.id}/accept`, {})).status).toBe(409);

    const next = (await dispatch({ caseId })).body.dispatch;
    expect([next.providerId, next.attempt]).toEqual([street.id, 2]);
  });

  it('given an accepted order, when the worker starts and finishes it with photos and proof, then the status, times, photos and proof are kept and provider.started / provider.done are published once', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const order = (await dispatch({ caseId: caseRow.id, providerId: street.id })).body.dispatch;
    const staff = await streetAdmin.post<{ staff: { id: string } }>(`/api/providers/${street.id}/staff`, { name: '张阿姨', phone: '13905310001', skills: ['housekeeping_basic'], areas: ['370102001001'] });
    expect(staff.status).toBe(201);
    expect((await streetAdmin.post(`/api/dispatches/${order.id}/accept`, { staffId: staff.body.staff.id })).status).toBe(200);

    // A worker starts first: finishing an accepted order is refused.
    const arrival = await upload(streetStaff);
    const early = await streetStaff.post<Answer>(`/api/dispatches/${order.id}/finish`, { photoFileId: arrival });
    expect([early.status, (await read(order.id)).status]).toEqual([409, 'accepted']);

    const started = await streetStaff.post<Answer>(`/api/dispatches/${order.id}/start`, { photoFileId: arrival });
    expect(started.status).toBe(200);
    expect(started.body.dispatch).toMatchObject({ status: 'started', photoFileIds: [arrival], finishedAt: null, proof: null });
    expect(started.body.dispatch.startedAt).not.toBeNull();
    const again = await streetStaff.post<Answer>(`/api/dispatches/${order.id}/start`, {});
    expect([again.status, again.body.dispatch.startedAt, again.body.dispatch.photoFileIds]).toEqual([200, started.body.dispatch.startedAt, [arrival]]);
    const startedMessage = await message(`provider.started:${order.id}`);
    expect(startedMessage).toMatchObject({ name: 'provider.started', correlationKey: caseRow.caseNumber });
    expect(startedMessage?.variables).toEqual({
      dispatch: { id: order.id, status: 'started', providerId: street.id, staffId: staff.body.staff.id, startedAt: started.body.dispatch.startedAt },
    });

    const leaving = await upload(streetStaff);
    const finished = await streetStaff.post<Answer>(`/api/dispatches/${order.id}/finish`, { photoFileId: leaving, proof: 'AXK370102001', note: ' 已打扫厨房和卫生间 ' });
    expect(finished.status).toBe(200);
    expect(finished.body.dispatch).toMatchObject({ status: 'done', photoFileIds: [arrival, leaving], proof: 'AXK370102001', workNote: '已打扫厨房和卫生间', startedAt: started.body.dispatch.startedAt });
    const { finishedAt } = finished.body.dispatch;
    expect(Date.parse(finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(started.body.dispatch.startedAt ?? ''));
    expect(await read(order.id)).toMatchObject({ status: 'done', finishedAt, proof: 'AXK370102001', photoFileIds: [arrival, leaving] });
    const doneMessage = await message(`provider.done:${order.id}`);
    expect(doneMessage).toMatchObject({ name: 'provider.done', correlationKey: caseRow.caseNumber });
    expect(doneMessage?.variables).toEqual({
      dispatch: { id: order.id, status: 'done', providerId: street.id, staffId: staff.body.staff.id, startedAt: started.body.dispatch.startedAt, finishedAt, proof: 'AXK370102001' },
    });

    // Finishing again changes nothing and answers the same.
    const repeat = await streetStaff.post<Answer>(`/api/dispatches/${order.id}/finish`, { photoFileId: await upload(streetStaff), proof: '000000' });
    expect([repeat.status, repeat.body.dispatch.finishedAt, repeat.body.dispatch.proof, repeat.body.dispatch.photoFileIds]).toEqual([200, finishedAt, 'AXK370102001', [arrival, leaving]]);
    expect((await streetStaff.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(409);
    const audited = (await engine.admin.get<{ entries: { action: string }[] }>(`/api/audit?entityType=dispatch&entityId=${order.id}`)).body.entries.map((e) => e.action);
    expect(audited.filter((a) => a === 'dispatch.start' || a === 'dispatch.finish').sort()).toEqual(['dispatch.finish', 'dispatch.start']);

    // The staff filter finds the worker's orders.
    const byStaff = (await streetAdmin.get<{ dispatches: DispatchBody[] }>(`/api/dispatches?staffId=${staff.body.staff.id}`)).body.dispatches;
    expect(byStaff.map((d) => d.id)).toEqual([order.id]);
    expect((await streetAdmin.get<{ dispatches: DispatchBody[] }>('/api/dispatches?staffId=nobody')).body.dispatches).toEqual([]);
  });

  it.each([
    ['no photo', () => ({})],
    ['an unknown photo', () => ({ photoFileId: '00000000-0000-0000-0000-000000000000' })],
    ['a proof too long', async () => ({ photoFileId: await upload(streetStaff), proof: 'x'.repeat(65) })],
    ['another provider’s photo', async () => ({ photoFileId: await upload(districtAdmin) })],
    ['a PDF instead of a photo', async () => ({ photoFileId: await upload(streetStaff, PDF, 'application/pdf') })],
  ])('given a started order, when it is finished with %s, then 400 and nothing changes', async (_what, body) => {
    const order = (await dispatch({ caseId: await newCase(), providerId: street.id })).body.dispatch;
    expect((await streetStaff.post(`/api/dispatches/${order.id}/accept`, {})).status).toBe(200);
    expect((await streetStaff.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(200);
    const before = await read(order.id);
    const res = await streetStaff.post<Answer>(`/api/dispatches/${order.id}/finish`, await body());
    expect([res.status, res.body.error?.code]).toEqual([400, 'invalid_input']);
    expect(await read(order.id)).toEqual(before);
    expect(await message(`provider.done:${order.id}`)).toBeNull();
  });

  it('given another provider’s order, when its user or a supervisor starts or finishes it, then it is not found for the one and forbidden for the other', async () => {
    const order = (await dispatch({ caseId: await newCase(), providerId: street.id })).body.dispatch;
    expect((await streetStaff.post(`/api/dispatches/${order.id}/accept`, {})).status).toBe(200);
    const photo = await upload(districtAdmin);
    expect((await districtAdmin.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(404);
    expect((await supervisor.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(403);
    expect((await streetStaff.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(200);
    expect((await districtAdmin.post(`/api/dispatches/${order.id}/finish`, { photoFileId: photo })).status).toBe(404);
    expect((await engine.admin.post(`/api/dispatches/${order.id}/finish`, { photoFileId: photo })).status).toBe(403);
    expect((await read(order.id)).status).toBe('started');
  });
});
