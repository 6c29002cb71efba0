import { ApiClient } from './api-client';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from './provider-fixtures';
import { WANG_XIUYING } from './registry-fixtures';
import { loggedIn } from './role-clients';
import { EngineFixture } from './test-engine';

/**
 * 李桂兰, 低偿 (the shipped rule: 50 % of every item), in 山大社区 of 历下区. Her daughter-in-law is
 * first in call order but has only a landline; her son, second, has a mobile.
 */
export const LI_GUILAN = {
  ...WANG_XIUYING,
  name: '李桂兰',
  idCard: null,
  gender: 'female',
  birthDate: '1942-03-01',
  subsidyCategory: 'low_pay',
  relatives: [
    { name: '刘秀兰', relation: 'daughter', phones: [{ number: '0531-88005678' }], livesNearby: true },
    { name: '张伟', relation: 'son', phones: [{ number: '13905310021' }], livesNearby: false },
  ],
  terminals: [],
};

/**
 * This month: provider A cleaned 2 hours (¥90.00, half subsidised), provider C brought 2 meals
 * (¥30.00), and A's line was corrected by −¥10.00 (subsidy −¥5.00): ¥110.00, ¥55.00, ¥55.00.
 */
export async function statementWorld(engine: EngineFixture, prefix: string) {
  await seedRegistry(engine.admin);
  const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31' };
  const a: ProviderBody = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], items: [{ code: 'housekeeping_basic', price: 4500 }], ...contract });
  const c: ProviderBody = await createProvider(engine.admin, { name: '山大助餐点', creditCode: CODES[1], contactPhone: '13805310002', items: [{ code: 'meal_delivery', price: 1500 }], ...contract });
  const b: ProviderBody = await createProvider(engine.admin, { name: '市中安康家政', creditCode: CODES[2], contactPhone: '13805310003', areas: ['370103'], items: [{ code: 'housekeeping_basic', price: 5000 }], ...contract });
  const elder = await engine.admin.post<{ elder: { id: string } }>('/api/elders', LI_GUILAN);
  if (elder.status !== 201) throw new Error(`elder: ${elder.status} ${JSON.stringify(elder.body)}`);
  const li = elder.body.elder.id;
  const { relatives } = (await engine.admin.get<{ elder: { relatives: { id: string; name: string }[] } }>(`/api/elders/${li}`)).body.elder;
  const charge = async (key: string, providerId: string, servedAt: Date, code: string) => {
    const done = await engine.admin.post<{ charge: { month: string; lines: { id: string }[] } }>('/api/billing/charges', { key, elderId: li, providerId, servedAt: servedAt.toISOString(), items: [{ code, quantity: 2 }] });
    if (done.status !== 201) throw new Error(`charge ${key}: ${done.status} ${JSON.stringify(done.body)}`);
    return done.body.charge;
  };
  const now = Date.now();
  const cleaning = await charge(`${prefix}-cleaning`, a.id, new Date(now - 120_000), 'housekeeping_basic');
  await charge(`${prefix}-meals`, c.id, new Date(now - 60_000), 'meal_delivery');
  const adjusted = await engine.admin.post('/api/billing/adjustments', { lineId: cleaning.lines[0].id, amount: -1000, subsidy: -500, reason: '少做半小时' });
  if (adjusted.status !== 201) throw new Error(`adjustment: ${adjusted.status} ${JSON.stringify(adjusted.body)}`);
  const clients: Record<'supervisor' | 'providerA' | 'providerB' | 'agentHere' | 'agentElsewhere', ApiClient> = {
    supervisor: await userOf(engine, `${prefix}_sup`, ['supervisor']),
    providerA: await userOf(engine, `${prefix}_provider_a`, ['provider_admin'], a.id),
    providerB: await userOf(engine, `${prefix}_provider_b`, ['provider_staff'], b.id),
    agentHere: await loggedIn(engine, `${prefix}_agent_lixia`, ['agent'], { areaScope: ['370102'] }),
    agentElsewhere: await loggedIn(engine, `${prefix}_agent_shizhong`, ['agent'], { areaScope: ['370103'] }),
  };
  return { li, relatives, month: cleaning.month, providers: { a, b, c }, clients };
}
