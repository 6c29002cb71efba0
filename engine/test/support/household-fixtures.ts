import { ApiClient, eventually } from './api-client';
import { EngineFixture } from './test-engine';
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
