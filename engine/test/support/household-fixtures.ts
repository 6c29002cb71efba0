import { ApiClient, eventually } from './api-client';
import { caseReader } from './emergency-fixtures';
import { TestDatabase } from './databases';
import { EngineFixture, useTestEngine } from './test-engine';
import { CODES, createProvider, userOf } from './provider-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from './registry-fixtures';

/** The smallest valid PNG (1×1): a worker's photo. */
export const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export type Order = { id: string; caseId: string | null; providerId: string; status: string; attempt: number; staffId: string | null };
export type HouseholdProvider = { id: string; name: string; price: number; user: ApiClient; staffId: string };

/**
 * What the household tests share: 王秀英 on the low-pay subsidy (50 %, capped monthly) and two
 * providers of 居家保洁 serving her district at different prices, each with an admin and a worker.
 */
export async function householdWorld(engine: EngineFixture) {
  for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
  const elder = await engine.admin.post<{ elder: { id: string } }>('/api/elders', { ...WANG_XIUYING, subsidyCategory: 'low_pay' });
  if (elder.status !== 201) throw new Error(`elder not created: ${JSON.stringify(elder.body)}`);
  const providers: HouseholdProvider[] = [];
  for (const [i, name, price] of [[0, '安心家政服务社', 4000], [1, '颐养家政服务有限公司', 3600]] as const) {
    const p = await createProvider(engine.admin, { name, creditCode: CODES[i], contactPhone: `138053100${i + 1}0`, areas: ['370102'], items: [{ code: 'home_cleaning', price }], contractTo: '2099-12-31' });
    const user = await userOf(engine, `household_${i}_${engine.db.name}`, ['provider_admin'], p.id);
    const staff = await user.post<{ staff: { id: string } }>(`/api/providers/${p.id}/staff`, { name: `保洁员${i + 1}`, phone: `1390531100${i}`, skills: ['home_cleaning'], areas: ['370102'] });
    if (staff.status !== 201) throw new Error(`staff not created: ${JSON.stringify(staff.body)}`);
    providers.push({ id: p.id, name, price, user, staffId: staff.body.staff.id });
  }
  return { elderId: elder.body.elder.id, providers };
}

/** The order of the case this provider is offered now (status dispatched). */
export const offeredTo = (provider: HouseholdProvider, caseId: string) =>
  eventually(async () => (await provider.user.get<{ dispatches: Order[] }>('/api/dispatches')).body.dispatches.find((d) => d.caseId === caseId && d.status === 'dispatched'), 60_000, `an order for ${provider.name}`);

/** The provider accepts with its worker, who starts and finishes with a photo and the elder's code. */
export async function serve(provider: HouseholdProvider, order: Order) {
  const ok = async (res: Promise<{ status: number; body: unknown }>, what: string) => {
    const r = await res;
    if (r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  };
  await ok(provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId }), 'accept');
  const photo = await provider.user.upload<{ file: { id: string } }>(`/api/files?name=${encodeURIComponent('上门照片.png')}`, PHOTO, 'image/png');
  await ok(provider.user.post(`/api/dispatches/${order.id}/start`, { photoFileId: photo.body.file.id }), 'start');
  await ok(provider.user.post(`/api/dispatches/${order.id}/finish`, { photoFileId: photo.body.file.id, proof: '4821' }), 'finish');
}

/** Opens a 家政便民 case for `quantity` hours of cleaning; `opened` collects it, for cancelling after the tests. */
export async function openHousehold(engine: EngineFixture, elderId: string, opened: string[], quantity = 1): Promise<string> {
  const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'household-help', channel: 'phone', elderId, variables: { items: [{ code: 'home_cleaning', quantity }], wishFrom: '2026-12-05 09:00:00' } });
  if (res.status !== 201) throw new Error(`case not opened: ${res.status} ${JSON.stringify(res.body)}`);
  opened.push(res.body.case.id);
  return res.body.case.id;
}

/** A 家政便民 case (`quantity` hours of cleaning) whose quote the agent agreed, and the order offered to the quoted provider. */
export async function agreedOrder(engine: EngineFixture, world: { elderId: string; providers: HouseholdProvider[] }, opened: string[], quantity = 1) {
  const cases = caseReader(() => engine.admin);
  const caseId = await openHousehold(engine, world.elderId, opened, quantity);
  const task = await cases.openTask(caseId, 'confirm-quote');
  const quoted = (await engine.admin.get<{ task: { variables: { quote: { provider: { id: string } } } } }>(`/api/tasks/${task.id}`)).body.task.variables.quote.provider.id;
  const provider = world.providers.find((p) => p.id === quoted)!;
  await cases.complete(caseId, 'confirm-quote', { quoteAccepted: 'yes' });
  return { caseId, provider, order: await offeredTo(provider, caseId) };
}

/**
 * The household tests' frame: a test engine holding the household world (filled in beforeAll), and
 * the cases the tests open (`opened`) cancelled afterwards, while the engine still runs.
 */
export function useHouseholdWorld(create: () => Promise<TestDatabase>) {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const world = { elderId: '', providers: [] as HouseholdProvider[] };
  beforeAll(async () => {
    Object.assign(world, await householdWorld(engine));
  });
  return { engine, world, opened, cases: caseReader(() => engine.admin) };
}
