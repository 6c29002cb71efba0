import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';

type Line = { providerId: string; itemCode: string; amount: number; subsidy: number; elderShare: number; servedAt: string };
type Statement = { statement: { elder: { id: string; name: string; category: string | null }; month: string; closed: boolean; lines: Line[]; totals: Record<string, number> } };

/** 李桂兰, 低偿 (the shipped rule: 50% of every item), in 山大社区 of 历下区. */
const LI_GUILAN = { ...WANG_XIUYING, name: '李桂兰', idCard: null, gender: 'female', birthDate: '1942-03-01', subsidyCategory: 'low_pay', relatives: [], terminals: [] };

describe.each(testDatabases())('billing statements on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let a: ProviderBody; // housekeeping
  let c: ProviderBody; // meals
  let li: string;
  let month: string;
  const readers: Record<'supervisor' | 'providerA' | 'providerB' | 'agentHere' | 'agentElsewhere', ApiClient> = {} as never;
  const statementAs = (who: ApiClient) => who.get<Statement>(`/api/billing/statements/${li}?month=${month}`);

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31' };
    a = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], items: [{ code: 'housekeeping_basic', price: 4500 }], ...contract });
    c = await createProvider(engine.admin, { name: '山大助餐点', creditCode: CODES[1], contactPhone: '13805310002', items: [{ code: 'meal_delivery', price: 1500 }], ...contract });
    const b = await createProvider(engine.admin, { name: '市中安康家政', creditCode: CODES[2], contactPhone: '13805310003', areas: ['370103'], items: [{ code: 'housekeeping_basic', price: 5000 }], ...contract });
    const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', LI_GUILAN);
    if (res.status !== 201) throw new Error(`elder: ${res.status} ${JSON.stringify(res.body)}`);
    li = res.body.elder.id;
    const charge = async (key: string, providerId: string, servedAt: string, code: string, quantity: number) => {
      const done = await engine.admin.post<{ charge: { month: string } }>('/api/billing/charges', { key, elderId: li, providerId, servedAt, items: [{ code, quantity }] });
      if (done.status !== 201) throw new Error(`charge ${key}: ${done.status} ${JSON.stringify(done.body)}`);
      return done.body.charge.month;
    };
    const now = Date.now();
    // Served out of order: the statement lists them by when they were served.
    month = await charge('meals', c.id, new Date(now - 60_000).toISOString(), 'meal_delivery', 2);
    await charge('cleaning', a.id, new Date(now - 120_000).toISOString(), 'housekeeping_basic', 2);
    readers.supervisor = await userOf(engine, 'stmt_sup', ['supervisor']);
    readers.providerA = await userOf(engine, 'stmt_provider_a', ['provider_admin'], a.id);
    readers.providerB = await userOf(engine, 'stmt_provider_b', ['provider_staff'], b.id);
    readers.agentHere = await loggedIn(engine, 'stmt_agent_lixia', ['agent'], { areaScope: ['370102'] });
    readers.agentElsewhere = await loggedIn(engine, 'stmt_agent_shizhong', ['agent'], { areaScope: ['370103'] });
  });

  it('given two providers’ lines this month, when the hotline reads the statement, then both lines in the order served with exact totals', async () => {
    const res = await statementAs(readers.supervisor);
    expect(res.status).toBe(200);
    expect(res.body.statement).toMatchObject({ elder: { id: li, name: '李桂兰', category: 'low_pay' }, month, closed: false, totals: { amount: 12000, subsidy: 6000, elderShare: 6000 } });
    expect(res.body.statement.lines.map((l) => [l.providerId, l.amount, l.subsidy, l.elderShare])).toEqual([[a.id, 9000, 4500, 4500], [c.id, 3000, 1500, 1500]]);
    expect((await statementAs(readers.agentHere)).body.statement.totals.amount).toBe(12000);
    expect((await readers.supervisor.get<Statement>(`/api/billing/statements/${li}`)).body.statement.month).toBe(month);
  });

  it('given provider A’s user, when they read the statement, then only A’s line and A’s totals', async () => {
    const res = await statementAs(readers.providerA);
    expect(res.body.statement.lines.map((l) => [l.providerId, l.itemCode])).toEqual([[a.id, 'housekeeping_basic']]);
    expect(res.body.statement.totals).toEqual({ amount: 9000, subsidy: 4500, elderShare: 4500 });
  });

  it('given a provider that never served the elder, or an agent of another district, when they read the statement, then 404', async () => {
    expect((await statementAs(readers.providerB)).status).toBe(404);
    expect((await statementAs(readers.agentElsewhere)).status).toBe(404);
    expect((await readers.supervisor.get(`/api/billing/statements/00000000-0000-0000-0000-000000000000`)).status).toBe(404);
  });
});
