import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { WANG_XIUYING, ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ProviderEntity } from '../providers/entities';

type Line = { code: string; quantity: number; unitPrice: number; amount: number; subsidy: number; elderShare: number };
type Quote = { quote: { category: string | null; provider: { id: string; name: string }; month: string; lines: Line[]; totals: Record<string, number>; cap: Record<string, number | null> } };
type Problem = { error: { code: string; details?: { path: string }[] } };
const figures = (lines: Line[]) => lines.map((l) => [l.code, l.amount, l.subsidy, l.elderShare]);

/** 李桂兰: 低偿, in the same community as 王秀英 (无偿); 张三丰 has no category. */
const LI_GUILAN = { ...WANG_XIUYING, name: '李桂兰', idCard: null, gender: 'female', birthDate: '1942-03-01', subsidyCategory: 'low_pay', relatives: [], terminals: [] };

describe.each(testDatabases())('billing quotes on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let agent: ApiClient;
  let rated: ProviderBody; // housekeeping 4500, meals 1500; rated 4.5
  let bathing: ProviderBody; // housekeeping 5000, bathing 8000; unrated
  const elders: Record<'wang' | 'zhang' | 'li', string> = { wang: '', zhang: '', li: '' };
  const quote = (body: Record<string, unknown>) => agent.post<Quote & Problem>('/api/billing/quotes', body);

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31' };
    rated = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], items: [{ code: 'housekeeping_basic', price: 4500 }, { code: 'meal_delivery', price: 1500 }], ...contract });
    bathing = await createProvider(engine.admin, { name: '文化东路助浴站', creditCode: CODES[1], contactPhone: '13805310002', items: [{ code: 'housekeeping_basic', price: 5000 }, { code: 'bathing_home', price: 8000 }], ...contract });
    await engine.running.dataSource.getRepository(ProviderEntity).update({ id: rated.id }, { rating: 4.5 });
    for (const [name, body] of [['wang', WANG_XIUYING], ['zhang', ZHANG_SANFENG], ['li', LI_GUILAN]] as const) {
      const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', body);
      if (res.status !== 201) throw new Error(`elder ${name}: ${res.status} ${JSON.stringify(res.body)}`);
      elders[name] = res.body.elder.id;
    }
    agent = await userOf(engine, 'quote_agent', ['agent']);
  });

  it('given the shipped defaults, when the rules are read, then 无偿 100%, 低偿 50%, 有偿 0% of every item with their monthly caps', async () => {
    const { body } = await agent.get<{ rules: { category: string; itemCode: string; kind: string; value: number }[]; caps: unknown[] }>('/api/billing/subsidy-rules');
    expect(body.rules.map((r) => [r.category, r.itemCode, r.kind, r.value])).toEqual([['free', '*', 'percent', 100], ['low_pay', '*', 'percent', 50], ['paid', '*', 'percent', 0]]);
    expect(body.caps).toEqual([{ category: 'free', monthlyCap: 60000 }, { category: 'low_pay', monthlyCap: 30000 }, { category: 'paid', monthlyCap: null }]);
  });

  it('given a set with a percentage over 100, an unknown category and item, when put, then 400 naming each and the rules are unchanged', async () => {
    const before = (await engine.admin.get('/api/billing/subsidy-rules')).body;
    const rules = [
      { category: 'vip', itemCode: '*', kind: 'percent', value: 10 },
      { category: 'low_pay', itemCode: 'massage', kind: 'fixed', value: 100 },
      { category: 'low_pay', itemCode: '*', kind: 'percent', value: 150 },
    ];
    const res = await engine.admin.request<Problem>('PUT', '/api/billing/subsidy-rules', { rules, caps: [] });
    expect([res.status, res.body.error.details?.map((d) => d.path)]).toEqual([400, ['rules.0.category', 'rules.1.itemCode', 'rules.2.value']]);
    expect((await engine.admin.get('/api/billing/subsidy-rules')).body).toEqual(before);
    expect((await agent.request('PUT', '/api/billing/subsidy-rules', { rules: [], caps: [] })).status).toBe(403);
  });

  it('given a new set with a fixed rule for meals, when put, then it replaces the old one', async () => {
    const rules = [
      { category: 'free', itemCode: '*', kind: 'percent', value: 100 },
      { category: 'low_pay', itemCode: '*', kind: 'percent', value: 50 },
      { category: 'low_pay', itemCode: 'meal_delivery', kind: 'fixed', value: 1000 },
    ];
    const caps = [{ category: 'free', monthlyCap: 60000 }, { category: 'low_pay', monthlyCap: 30000 }];
    expect((await engine.admin.request('PUT', '/api/billing/subsidy-rules', { rules, caps })).status).toBe(200);
    const { body } = await agent.get<{ rules: { category: string; itemCode: string; kind: string; value: number }[]; caps: unknown[] }>('/api/billing/subsidy-rules');
    expect(body.rules.map((r) => ({ category: r.category, itemCode: r.itemCode, kind: r.kind, value: r.value }))).toEqual(rules);
    expect(body.caps).toEqual(caps);
  });

  it('given a 低偿 elder, when housekeeping and meals are quoted, then 50% of the housekeeping and the fixed 10 yuan per meal (the item’s own rule) are subsidised', async () => {
    const res = await quote({ elderId: elders.li, providerId: rated.id, items: [{ code: 'housekeeping_basic', quantity: 2 }, { code: 'meal_delivery', quantity: 3 }] });
    expect(res.status).toBe(200);
    expect(res.body.quote).toMatchObject({ category: 'low_pay', provider: { id: rated.id, name: '历下颐养家政' }, totals: { amount: 13500, subsidy: 7500, elderShare: 6000 }, cap: { monthlyCap: 30000, usedBefore: 0, remaining: 30000 } });
    expect(figures(res.body.quote.lines)).toEqual([['housekeeping_basic', 9000, 4500, 4500], ['meal_delivery', 4500, 3000, 1500]]);
  });

  it('given an elder without a category, when quoted, then nothing is subsidised', async () => {
    const res = await quote({ elderId: elders.zhang, providerId: rated.id, items: [{ code: 'housekeeping_basic', quantity: 2 }] });
    expect(res.body.quote).toMatchObject({ category: null, totals: { amount: 9000, subsidy: 0, elderShare: 9000 }, cap: { monthlyCap: null, usedBefore: 0, remaining: null } });
  });

  it('given 450 yuan of the 无偿 elder’s 600 yuan cap used this month, when two lines are quoted, then the first takes 135 and the second only the 15 left', async () => {
    const charged = await engine.admin.post('/api/billing/charges', { key: 'quote-cap', elderId: elders.wang, providerId: rated.id, servedAt: new Date().toISOString(), items: [{ code: 'housekeeping_basic', quantity: 10 }] });
    expect(charged.status).toBe(201);
    const res = await quote({ elderId: elders.wang, providerId: rated.id, items: [{ code: 'housekeeping_basic', quantity: 3 }, { code: 'meal_delivery', quantity: 2 }] });
    expect(figures(res.body.quote.lines)).toEqual([['housekeeping_basic', 13500, 13500, 0], ['meal_delivery', 3000, 1500, 1500]]);
    expect(res.body.quote).toMatchObject({ totals: { amount: 16500, subsidy: 15000, elderShare: 1500 }, cap: { monthlyCap: 60000, usedBefore: 45000, remaining: 15000 } });
  });

  it('given no provider named, when quoted, then the dispatch rules choose: the best rated for housekeeping, the only one for bathing', async () => {
    expect((await quote({ elderId: elders.li, items: [{ code: 'housekeeping_basic', quantity: 1 }] })).body.quote.provider.id).toBe(rated.id);
    const bath = await quote({ elderId: elders.li, items: [{ code: 'bathing_home', quantity: 1 }] });
    expect(bath.body.quote.provider).toEqual({ id: bathing.id, name: '文化东路助浴站' });
    expect(figures(bath.body.quote.lines)).toEqual([['bathing_home', 8000, 4000, 4000]]);
  });

  it('given an item the named provider does not offer, or an unknown elder, when quoted, then 400 at items.0.code and 404', async () => {
    const res = await quote({ elderId: elders.li, providerId: rated.id, items: [{ code: 'bathing_home', quantity: 1 }] });
    expect([res.status, res.body.error.details?.map((d) => d.path)]).toEqual([400, ['items.0.code']]);
    expect((await quote({ elderId: '00000000-0000-0000-0000-000000000000', providerId: rated.id, items: [{ code: 'meal_delivery', quantity: 1 }] })).status).toBe(404);
  });
});
