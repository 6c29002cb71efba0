import { ApiClient } from './api-client';
import { CODES, createProvider, seedRegistry, userOf } from './provider-fixtures';
import { WANG_XIUYING } from './registry-fixtures';
import { loggedIn } from './role-clients';
import { EngineFixture } from './test-engine';

/** 李桂兰: 低偿 (the shipped rule: 50 %), in 山大社区 of 历下区. */
export const LI_GUILAN = { ...WANG_XIUYING, name: '李桂兰', idCard: null, gender: 'female', birthDate: '1942-03-01', subsidyCategory: 'low_pay', relatives: [], terminals: [] };
/** 赵德胜: 无偿 (100 %), in 市中区. */
export const ZHAO_DESHENG = { ...LI_GUILAN, name: '赵德胜', gender: 'male', address: '市中区经四路 8 号', areaCode: '370103', subsidyCategory: 'free' };

export type SettlementLine = { id: string; elderId: string; elderName: string; providerId: string; itemCode: string; kind: string; amount: number; subsidy: number; elderShare: number };
export type SettlementRow = { providerId: string; providerName: string; orders: number; lines: number; amount: number; subsidy: number; elderShare: number; adjustments: number; confirmation: { signatureName: string; confirmedAt: string; confirmedByName: string } | null };

export const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * Last month's services of two providers: A (历下颐养家政) served 李桂兰 cleaning and a meal in one
 * order and 赵德胜 one hour of cleaning; B (市中安康家政) served 赵德胜 three hours. In fen:
 * A 15000 amount, 9750 subsidy, 5250 elders' share (2 orders, 3 lines); B 15000, 15000, 0.
 * Users: A's admin and staff, B's admin (logins `${prefix}_a_admin`…, password `password-123`).
 */
export async function settlementWorld(engine: EngineFixture, prefix = 'settle') {
  await seedRegistry(engine.admin);
  const contract = { contractFrom: '2020-01-01', contractTo: '2099-12-31' };
  const a = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102', '370103'], items: [{ code: 'housekeeping_basic', price: 4500 }, { code: 'meal_delivery', price: 1500 }], ...contract });
  const b = await createProvider(engine.admin, { name: '市中安康家政', creditCode: CODES[2], contactPhone: '13805310003', areas: ['370103'], items: [{ code: 'housekeeping_basic', price: 5000 }], ...contract });
  const elder = async (body: Record<string, unknown>) => {
    const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', body);
    if (res.status !== 201) throw new Error(`elder: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.elder.id;
  };
  const li = await elder(LI_GUILAN);
  const zhao = await elder(ZHAO_DESHENG);
  const current = (await engine.admin.get<{ month: string }>('/api/billing/settlements')).body.month;
  const lastMonth = previousMonth(current);
  const charge = async (key: string, elderId: string, providerId: string, items: { code: string; quantity: number }[]) => {
    const res = await engine.admin.post<{ charge: { month: string } }>('/api/billing/charges', { key, elderId, providerId, dispatchId: `dispatch-${key}`, servedAt: `${lastMonth}-15T10:00:00+08:00`, items });
    if (res.status !== 201 || res.body.charge.month !== lastMonth) throw new Error(`charge ${key}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await charge('a-li', li, a.id, [{ code: 'housekeeping_basic', quantity: 2 }, { code: 'meal_delivery', quantity: 1 }]);
  await charge('a-zhao', zhao, a.id, [{ code: 'housekeeping_basic', quantity: 1 }]);
  await charge('b-zhao', zhao, b.id, [{ code: 'housekeeping_basic', quantity: 3 }]);
  const users = {
    aAdmin: await userOf(engine, `${prefix}_a_admin`, ['provider_admin'], a.id),
    aStaff: await userOf(engine, `${prefix}_a_staff`, ['provider_staff'], a.id),
    bAdmin: await userOf(engine, `${prefix}_b_admin`, ['provider_admin'], b.id),
    supervisor: await userOf(engine, `${prefix}_supervisor`, ['supervisor']),
    agentLixia: await loggedIn(engine, `${prefix}_agent_lixia`, ['agent'], { areaScope: ['370102'] }),
    agentShizhong: await loggedIn(engine, `${prefix}_agent_shizhong`, ['agent'], { areaScope: ['370103'] }),
  } satisfies Record<string, ApiClient>;
  return { providers: { a, b }, elders: { li, zhao }, current, lastMonth, users };
}
