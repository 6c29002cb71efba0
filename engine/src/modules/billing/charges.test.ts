import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { connectorClient } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';

type Line = { id: string; month: string; itemCode: string; quantity: number; unitPrice: number; amount: number; subsidy: number; elderShare: number; kind: string; adjustsLineId: string | null; reason: string | null; createdBy: string };
type Charge = { charge: { key: string; month: string; lines: Line[]; totals: Record<string, number> }; repeated: boolean; error?: { code: string; details?: { path: string }[] } };
type Statement = { statement: { month: string; closed: boolean; lines: Line[]; totals: Record<string, number> } };
const figures = (lines: Line[]) => lines.map((l) => [l.itemCode, l.quantity, l.unitPrice, l.amount, l.subsidy, l.elderShare]);

/** 李桂兰, 低偿 (the shipped rule: 50% of every item, at most 300 yuan a month). */
const LI_GUILAN = { ...WANG_XIUYING, name: '李桂兰', idCard: null, gender: 'female', birthDate: '1942-03-01', subsidyCategory: 'low_pay', relatives: [], terminals: [] };

const previous = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

describe.each(testDatabases())('billing charges and month close on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let connector: ApiClient;
  let supervisor: ApiClient;
  let provider: ProviderBody;
  let li: string;
  let current: string;
  let lastMonth: string;
  const servedAt = new Date().toISOString();
  const charge = (body: Record<string, unknown>) => connector.post<Charge>('/api/billing/charges', { elderId: li, providerId: provider.id, servedAt, ...body });
  const statement = (month: string) => supervisor.get<Statement>(`/api/billing/statements/${li}?month=${month}`);

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    provider = await createProvider(engine.admin, { creditCode: CODES[0], contractTo: '2099-12-31', items: [{ code: 'housekeeping_basic', price: 4500 }, { code: 'meal_delivery', price: 1500 }] });
    const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', LI_GUILAN);
    if (res.status !== 201) throw new Error(`elder: ${res.status} ${JSON.stringify(res.body)}`);
    li = res.body.elder.id;
    connector = await connectorClient(engine);
    supervisor = await userOf(engine, 'billing_sup', ['supervisor']);
    current = (await supervisor.get<Statement>(`/api/billing/statements/${li}`)).body.statement.month;
    lastMonth = previous(current);
  });

  it('given two items, one at an agreed price, when charged, then each line has its amount, the 50% subsidy and the elder’s share; the same key again gives the same lines', async () => {
    const items = [{ code: 'housekeeping_basic', quantity: 2 }, { code: 'meal_delivery', quantity: 1, unitPrice: 2000 }];
    const first = await charge({ key: 'visit-1', caseId: 'case-1', items });
    expect([first.status, first.body.repeated, first.body.charge.month]).toEqual([201, false, current]);
    expect(figures(first.body.charge.lines)).toEqual([['housekeeping_basic', 2, 4500, 9000, 4500, 4500], ['meal_delivery', 1, 2000, 2000, 1000, 1000]]);
    expect(first.body.charge.totals).toEqual({ amount: 11000, subsidy: 5500, elderShare: 5500 });
    const again = await charge({ key: 'visit-1', caseId: 'case-1', items });
    expect([again.status, again.body.repeated, again.body.charge.lines.map((l) => l.id)]).toEqual([200, true, first.body.charge.lines.map((l) => l.id)]);
    // Lines served at the same time come in id order.
    expect((await supervisor.get<{ lines: Line[] }>('/api/billing/charges?caseId=case-1')).body.lines.map((l) => l.id)).toEqual(first.body.charge.lines.map((l) => l.id).sort());
  });

  it('given a used key, when other services are charged with it, then 409 and the stored lines stay', async () => {
    const res = await charge({ key: 'visit-1', caseId: 'case-1', items: [{ code: 'housekeeping_basic', quantity: 3 }] });
    expect(res.status).toBe(409);
    expect((await supervisor.get<{ lines: Line[] }>('/api/billing/charges?caseId=case-1')).body.lines).toHaveLength(2);
  });

  it('given a price outside the catalogue’s limits, when charged, then 400 at items.1.unitPrice and nothing is stored', async () => {
    const res = await charge({ key: 'visit-bad', caseId: 'case-bad', items: [{ code: 'meal_delivery', quantity: 1 }, { code: 'housekeeping_basic', quantity: 1, unitPrice: 7000 }] });
    expect([res.status, res.body.error?.details?.map((d) => d.path)]).toEqual([400, ['items.1.unitPrice']]);
    expect((await supervisor.get<{ lines: Line[] }>('/api/billing/charges?caseId=case-bad')).body.lines).toEqual([]);
  });

  it('given last month with a charge, when it is closed, then it is listed closed; closing it again is 409, a month not yet begun or malformed 400', async () => {
    const served = `${lastMonth}-15T10:00:00+08:00`;
    const early = await charge({ key: 'last-month', servedAt: served, items: [{ code: 'housekeeping_basic', quantity: 4 }] });
    expect([early.status, early.body.charge.month]).toEqual([201, lastMonth]);
    const closed = await engine.admin.post<{ month: { month: string; closedBy: string } }>(`/api/billing/months/${lastMonth}/close`);
    expect([closed.status, closed.body.month.month]).toEqual([200, lastMonth]);
    expect((await supervisor.get<{ months: { month: string }[] }>('/api/billing/months')).body.months.map((m) => m.month)).toEqual([lastMonth]);
    expect((await engine.admin.post(`/api/billing/months/${lastMonth}/close`)).status).toBe(409);
    expect((await engine.admin.post('/api/billing/months/2999-01/close')).status).toBe(400);
    expect((await engine.admin.post('/api/billing/months/2026-13/close')).status).toBe(400);
    expect((await supervisor.post(`/api/billing/months/${current}/close`)).status).toBe(403);
  });

  it('given a closed month, when a late charge served in it and an adjustment of its line come, then both land in this month and its statement is unchanged', async () => {
    const before = (await statement(lastMonth)).body.statement;
    expect(before).toMatchObject({ closed: true, totals: { amount: 18000, subsidy: 9000, elderShare: 9000 } });
    const late = await charge({ key: 'late', servedAt: `${lastMonth}-20T10:00:00+08:00`, items: [{ code: 'meal_delivery', quantity: 2 }] });
    expect([late.status, late.body.charge.month]).toEqual([201, current]);
    const adjusted = await supervisor.post<{ line: Line }>('/api/billing/adjustments', { lineId: before.lines[0].id, amount: -4500, subsidy: -2250, reason: '实际服务 3 小时' });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body.line).toMatchObject({ kind: 'adjustment', month: current, adjustsLineId: before.lines[0].id, quantity: 0, unitPrice: 0, amount: -4500, subsidy: -2250, elderShare: -2250, reason: '实际服务 3 小时' });
    const author = (await engine.admin.get<{ entries: { actorName: string; entityId: string; after: { reason: string } }[] }>('/api/audit?action=charge.adjust')).body.entries;
    expect(author.map((a) => [a.actorName, a.entityId, a.after.reason])).toEqual([['billing_sup', adjusted.body.line.id, '实际服务 3 小时']]);
    expect((await statement(lastMonth)).body.statement).toEqual(before);
    const now = (await statement(current)).body.statement;
    expect([now.closed, now.lines.length, now.totals]).toEqual([false, 4, { amount: 11000 + 3000 - 4500, subsidy: 5500 + 1500 - 2250, elderShare: 5500 + 1500 - 2250 }]);
    expect((await supervisor.post('/api/billing/adjustments', { lineId: '00000000-0000-0000-0000-000000000000', amount: 100, subsidy: 0, reason: '无' })).status).toBe(404);
  });
});
