import ExcelJS from 'exceljs';
import type { ProviderReportAnswer } from '@careflow/contracts';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { localDay } from '../calendar/working-days';
import { DispatchEntity } from '../dispatches/entities';
import { addDays } from '../periodic-needs/schedule';
import { statsModule } from '.';

const MINUTE = 60_000;
type Order = { dispatch: { id: string } };

/**
 * Two providers' orders, answered through the API as their staff would (an accepted order's past
 * set in the database before it is done, so its times are known), and the hotline's evaluations:
 * every provider figure hand-computed.
 */
describe.each(testDatabases())('provider figures on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  // Orders dispatched hours ago: around midnight that is yesterday.
  const period = `from=${addDays(today, -1)}&to=${today}`;
  const orders = () => engine.running.dataSource.getRepository(DispatchEntity);
  const tally = () => engine.running.engine.given(statsModule).providerTally;
  let station: { id: string };
  let other: { id: string };
  let stationUser: ApiClient;
  let otherUser: ApiClient;
  let lead: ApiClient;

  const report = async (query: string, client: ApiClient = engine.admin) => {
    const res = await client.get<ProviderReportAnswer>(`/api/reports/providers?${period}&${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const dispatch = async (key: string, providerId: string, areaCode: string, workWithin?: string) => {
    const res = await engine.admin.post<Order>('/api/dispatches', { key: `${key}-${engine.db.name}`, serviceItem: 'housekeeping_basic', areaCode, providerId, ...(workWithin ? { workWithin } : {}) });
    expect(res.status).toBe(201);
    return res.body.dispatch.id;
  };
  const answer = async (user: ApiClient, id: string, action: string, body: Record<string, unknown> = {}) => expect((await user.post(`/api/dispatches/${id}/${action}`, body)).status).toBe(200);
  /**
   * An accepted order's past moved back before it is reported done now: accepted `workMinutes` ago,
   * dispatched `acceptMinutes` before that, its 2-hour work window from the acceptance.
   */
  const accepted = async (id: string, acceptMinutes: number, workMinutes: number) => {
    const acceptedAt = Date.now() - workMinutes * MINUTE;
    await orders().update({ id }, { createdAt: new Date(acceptedAt - acceptMinutes * MINUTE), acceptedAt: new Date(acceptedAt), workDueAt: new Date(acceptedAt + 120 * MINUTE) });
  };
  const evaluate = (key: string, dispatchId: string, body: Record<string, unknown>) => engine.admin.post('/api/provider-feedback', { key: `${key}-${engine.db.name}`, dispatchId, ...body });

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    station = await createProvider(engine.admin, { name: '山大社区服务站', creditCode: CODES[1], areas: ['370102001'], contractTo: '2099-12-31', items: [{ code: 'housekeeping_basic', price: 4500 }] });
    other = await createProvider(engine.admin, { name: '市中家政', creditCode: CODES[2], areas: ['370103'] });
    stationUser = await userOf(engine, `station_${engine.db.name}`, ['provider_staff'], station.id);
    otherUser = await userOf(engine, `other_${engine.db.name}`, ['provider_staff'], other.id);
    expect((await engine.admin.post('/api/users', { username: 'yanzi_lead', password: 'password-123', displayName: '燕子山值班长', roles: ['supervisor'], areaScope: ['370102001002'] })).status).toBe(201);
    lead = new ApiClient(engine.running.url);
    await lead.login('yanzi_lead', 'password-123');

    // 山大社区服务站: A in 山大社区 accepted after 10 min, done 60 min later (work window 2 h: on time);
    // B in 燕子山社区 rejected; C in 山大社区 accepted after 20 min, done 180 min later (late).
    const a = await dispatch('a', station.id, '370102001001', 'PT2H');
    await answer(stationUser, a, 'accept');
    await accepted(a, 10, 60);
    await answer(stationUser, a, 'done');
    const b = await dispatch('b', station.id, '370102001002');
    await answer(stationUser, b, 'reject', { reason: '人手不足' });
    const c = await dispatch('c', station.id, '370102001001', 'PT2H');
    await answer(stationUser, c, 'accept');
    await accepted(c, 20, 180);
    await answer(stationUser, c, 'done');
    // 市中家政: D accepted, still open (not counted until it ends).
    const d = await dispatch('d', other.id, '370103');
    await answer(otherUser, d, 'accept');

    // A's service charged to 李桂兰 (低偿, 山大社区: half subsidised): 2 × 45 yuan, then 10 yuan taken off by an adjustment.
    const li = await engine.admin.post<{ elder: { id: string } }>('/api/elders', { ...WANG_XIUYING, name: '李桂兰', idCard: null, gender: 'female', birthDate: '1942-03-01', subsidyCategory: 'low_pay', relatives: [], terminals: [] });
    expect(li.status).toBe(201);
    const charged = await engine.admin.post<{ charge: { lines: { id: string }[] } }>('/api/billing/charges', { key: `charge-a-${engine.db.name}`, elderId: li.body.elder.id, providerId: station.id, dispatchId: a, servedAt: new Date().toISOString(), items: [{ code: 'housekeeping_basic', quantity: 2 }] });
    expect(charged.status).toBe(201);
    expect((await engine.admin.post('/api/billing/adjustments', { lineId: charged.body.charge.lines[0].id, amount: -1000, subsidy: -500, reason: '少做半小时' })).status).toBe(201);

    expect((await evaluate('fa', a, { satisfaction: 'very_satisfied', note: '师傅很耐心' })).status).toBe(201);
    expect((await evaluate('fc', c, { satisfaction: 'unsatisfied', note: '来得太晚' })).status).toBe(201);
    expect((await evaluate('fb', b, { source: 'complaint', complaint: true, note: '拒单态度差' })).status).toBe(201);
  });

  it('given three ended orders, three evaluations and a charge with its adjustment, when the pass runs twice, then each counts once and the provider’s figures are as computed by hand', async () => {
    // The engine's own pass may have counted some already; a second finds nothing left.
    await tally().runOnce();
    expect(await tally().runOnce()).toBe(0);
    const body = await report('groupBy=provider');
    expect(body.rows.map((r) => r.label)).toEqual(['山大社区服务站']);
    expect(body.total).toEqual({
      orders: 3,
      accepted: 2,
      rejected: 1,
      expired: 0,
      canceled: 0,
      done: 2,
      rejectionRate: 0.3333,
      avgAcceptMinutes: 15,
      avgWorkMinutes: 120,
      onTimeRate: 0.5,
      evaluations: 3,
      satisfaction: { very_satisfied: 1, satisfied: 0, neutral: 0, unsatisfied: 1, very_unsatisfied: 0 },
      satisfiedRate: 0.5,
      complaints: 1,
      // 90 − 10 yuan; half of it subsidised.
      amount: 8000,
      subsidy: 4000,
      elderShare: 4000,
    });
    expect(body.comments.map((c) => [c.providerName, c.note, c.complaint])).toEqual([
      ['山大社区服务站', '拒单态度差', true],
      ['山大社区服务站', '来得太晚', false],
      ['山大社区服务站', '师傅很耐心', false],
    ]);
  });

  it('given the same figures, when narrowed to an area, another provider or read by a supervisor of 燕子山社区, then each sees only its orders and comments', async () => {
    await tally().runOnce();
    expect((await report('areaCode=370102001001')).total).toMatchObject({ orders: 2, rejected: 0, done: 2, evaluations: 2, amount: 8000 });
    expect((await report(`providerId=${other.id}`)).total).toMatchObject({ orders: 0, rejectionRate: null, avgAcceptMinutes: null, amount: 0 });
    expect((await report('groupBy=item')).rows).toEqual([expect.objectContaining({ key: 'housekeeping_basic', orders: 3, amount: 8000, subsidy: 4000 })]);
    const scoped = await report('groupBy=area', lead);
    expect(scoped.rows).toEqual([expect.objectContaining({ label: '燕子山社区', orders: 1, rejected: 1, complaints: 1, amount: 0 })]);
    expect(scoped.comments.map((c) => c.note)).toEqual(['拒单态度差']);
    expect((await engine.admin.get(`/api/reports/providers?${period}&groupBy=staff`)).status).toBe(400);
  });

  it('given the report, when it is exported, then the Excel holds the same figures and the comments', async () => {
    await tally().runOnce();
    const res = await engine.admin.download(`/api/reports/providers.xlsx?${period}&groupBy=provider`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const rows = (book.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    expect(rows[0].slice(0, 8)).toEqual(['服务商', '派单量', '接单量', '拒单量', '超时未接量', '取消量', '完成量', '拒单率']);
    expect(rows.find((r) => r[0] === '合计')!.slice(1, 11)).toEqual(['3', '2', '1', '0', '0', '2', '0.3333', '15', '120', '0.5']);
    expect(rows[0].slice(-3)).toEqual(['服务金额(元)', '政府补贴(元)', '个人自付(元)']);
    expect(rows.find((r) => r[0] === '合计')!.slice(-3)).toEqual(['80', '40', '40']);
    expect(rows.filter((r) => r[0] === '山大社区服务站').map((r) => r[5])).toEqual(['0', '拒单态度差', '来得太晚', '师傅很耐心']);
  });
});
