import { ApiClient } from './api-client';
import { EngineFixture } from './test-engine';
import { JINAN_AREAS } from './registry-fixtures';
import { AreaService } from '@careflow/engine/dist/modules/areas/service';
import { DictionaryService } from '@careflow/engine/dist/modules/dictionaries/service';
import { ProviderService, ServiceItemService, StaffService } from '@careflow/engine/dist/modules/providers';

/** Test data for the providers module: a small catalog, valid credit codes, a provider body. */
export const ITEMS = [
  { code: 'housekeeping_basic', name: '日常保洁', category: 'housekeeping', unit: '小时', defaultPrice: 4000, minPrice: 3000, maxPrice: 6000 },
  { code: 'meal_delivery', name: '助餐送餐', category: 'meals', unit: '份', defaultPrice: 1500, minPrice: 1000, maxPrice: 2500 },
  { code: 'bathing_home', name: '上门助浴', category: 'bathing', unit: '次', defaultPrice: 8000, minPrice: 6000, maxPrice: 12000 },
];

/** GB 32100 codes with correct check characters; the last one is each's first with a wrong one. */
export const CODES = ['91370102MA3C00001E', '52370102MA3C00002J', '12370103MA3C000038', '92370102MA3C00004L', '91370103MA3C000059', '91370102MA3C00006X'];
export const BAD_CODE = '91370102MA3C00001F';

export const providerBody = (overrides: Record<string, unknown> = {}) => ({
  name: '济南颐养家政服务有限公司',
  creditCode: CODES[0],
  address: '济南市历下区文化东路 1 号',
  nature: 'enterprise',
  contactName: '王经理',
  contactPhone: '138 0531 0001',
  contractFrom: '2026-01-01',
  contractTo: '2026-12-31',
  capacity: 20,
  areas: ['370102'],
  items: [{ code: 'housekeeping_basic', price: 4500 }],
  ...overrides,
});

export type ProviderBody = ReturnType<typeof providerBody> & { id: string; status: string; rating: number | null };
export type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

/** Areas and the item catalog, entered as an admin would. */
export async function seedRegistry(admin: ApiClient): Promise<void> {
  for (const area of JINAN_AREAS) await expectStatus(admin.post('/api/areas', area), 201);
  for (const item of ITEMS) await expectStatus(admin.post('/api/service-items', item), 201);
}

export async function createProvider(admin: ApiClient, overrides: Record<string, unknown> = {}): Promise<ProviderBody> {
  const res = await admin.post<{ provider: ProviderBody }>('/api/providers', providerBody(overrides));
  if (res.status !== 201) throw new Error(`provider not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.provider;
}

/** A user with these roles, logged in. */
export async function userOf(engine: EngineFixture, username: string, roles: string[], providerId: string | null = null): Promise<ApiClient> {
  await expectStatus(engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, providerId }), 201);
  const client = new ApiClient(engine.running.url);
  await client.login(username, 'password-123');
  return client;
}

/** The module's services over the test engine's database, as the Excel import will call them. */
export function servicesOf(engine: EngineFixture) {
  const { dataSource } = engine.running;
  const audit = engine.running.engine.audit;
  const areas = new AreaService(dataSource, audit);
  const items = new ServiceItemService(dataSource, audit, new DictionaryService(dataSource, audit));
  const providers = new ProviderService(dataSource, audit, areas, items);
  return { items, providers, staff: new StaffService(dataSource, audit, areas, providers) };
}

export const importer = { id: null, username: 'excel-import', ip: null };

/** How many audit entries a record has. */
export async function auditCount(admin: ApiClient, entityType: string, entityId: string): Promise<number> {
  return (await admin.get<{ total: number }>(`/api/audit?entityType=${entityType}&entityId=${entityId}`)).body.total;
}

export async function expectStatus(request: Promise<{ status: number; body: unknown }>, status: number): Promise<void> {
  const res = await request;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}
