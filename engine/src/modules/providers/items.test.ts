import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { createProvider, ErrorBody, ITEMS, seedRegistry, userOf } from '../../../test/support/provider-fixtures';

type Item = (typeof ITEMS)[number] & { active: boolean };

describe.each(testDatabases())('service items on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let agent: ApiClient;
  const catalog = async () => (await agent.get<{ items: Item[] }>('/api/service-items')).body.items;

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    agent = await userOf(engine, 'agent_items', ['agent']);
  });

  it('given a catalog entered by an admin, when an agent reads it, then items come by category with prices in fen, and a category filter narrows them', async () => {
    expect((await catalog()).map((i) => [i.code, i.category, i.minPrice, i.defaultPrice, i.maxPrice, i.active])).toEqual([
      ['bathing_home', 'bathing', 6000, 8000, 12000, true],
      // Shipped with 主动关怀 (its 上门探视 step), free by default.
      ['care_visit', 'care', 0, 0, 10000, true],
      // Shipped with 家政便民 (its intake form lists them).
      ['gas_cylinder', 'daily_care', 8000, 12000, 16000, true],
      ['nanny_care', 'daily_care', 2000, 3500, 6000, true],
      ['rice_oil_delivery', 'daily_care', 0, 1000, 3000, true],
      // Shipped with 紧急救助 (its dispatch step), free by default.
      ['emergency_visit', 'emergency', 0, 0, 10000, true],
      ['home_cleaning', 'housekeeping', 2000, 4000, 8000, true],
      ['housekeeping_basic', 'housekeeping', 3000, 4000, 6000, true],
      ['meal_delivery', 'meals', 1000, 1500, 2500, true],
      ['lock_service', 'repairs', 5000, 8000, 30000, true],
      ['plumbing_repair', 'repairs', 3000, 5000, 20000, true],
    ]);
    expect((await agent.get<{ items: Item[] }>('/api/service-items?category=meals')).body.items.map((i) => i.code)).toEqual(['meal_delivery']);
    expect((await agent.get('/api/service-items?colour=red')).status).toBe(400);
  });

  it('given bad items, when an admin adds them, then 400 names the field, a duplicate is 409, an agent is refused, and the catalog is unchanged', async () => {
    const base = { code: 'repair_light', name: '小家电维修', category: 'repairs', unit: '次', defaultPrice: 3000, minPrice: 2000, maxPrice: 5000 };
    const bad: [string, Record<string, unknown>, number, string?][] = [
      ['lowest above highest', { ...base, minPrice: 6000 }, 400, 'minPrice'],
      ['default outside the limits', { ...base, defaultPrice: 9000 }, 400, 'defaultPrice'],
      ['unknown category', { ...base, category: 'astrology' }, 400, 'category'],
      ['a code with capitals', { ...base, code: 'Repair' }, 400, 'code'],
      ['yuan instead of fen', { ...base, defaultPrice: 30.5 }, 400, 'defaultPrice'],
      ['a negative price', { ...base, minPrice: -1 }, 400, 'minPrice'],
      ['a long unit', { ...base, unit: '次'.repeat(17) }, 400, 'unit'],
      ['an unknown field', { ...base, colour: 'red' }, 400, '(body)'],
      ['a duplicate code', { ...ITEMS[0] }, 409],
    ];
    for (const [what, body, status, path] of bad) {
      const res = await engine.admin.post<ErrorBody>('/api/service-items', body);
      expect([what, res.status, res.body.error.details?.[0]?.path]).toEqual([what, status, path]);
    }
    expect((await agent.post('/api/service-items', base)).status).toBe(403);
    expect((await catalog()).map((i) => i.code)).toEqual(['bathing_home', 'care_visit', 'gas_cylinder', 'nanny_care', 'rice_oil_delivery', 'emergency_visit', 'home_cleaning', 'housekeeping_basic', 'meal_delivery', 'lock_service', 'plumbing_repair']);
  });

  it('given a provider charging ¥45 per hour, when the limits are narrowed below that, then 409 and the item is unchanged; other changes apply', async () => {
    await createProvider(engine.admin, { items: [{ code: 'housekeeping_basic', price: 4500 }] });
    const refused = await engine.admin.request<ErrorBody>('PATCH', '/api/service-items/housekeeping_basic', { maxPrice: 4000 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('1 providers charge outside');
    expect((await catalog()).find((i) => i.code === 'housekeeping_basic')?.maxPrice).toBe(6000);

    const changed = await engine.admin.request<{ item: Item }>('PATCH', '/api/service-items/housekeeping_basic', { name: '日常保洁（小时）', maxPrice: 5000, active: false });
    expect(changed.status).toBe(200);
    expect(changed.body.item).toMatchObject({ name: '日常保洁（小时）', maxPrice: 5000, active: false });
    expect((await engine.admin.request('PATCH', '/api/service-items/housekeeping_basic', { defaultPrice: 5500 })).status).toBe(400);
    expect((await engine.admin.request('PATCH', '/api/service-items/no_such_item', { name: 'x' })).status).toBe(404);
    expect((await engine.admin.request('PATCH', '/api/service-items/housekeeping_basic', {})).status).toBe(400);
    expect((await agent.request('PATCH', '/api/service-items/housekeeping_basic', { name: 'x' })).status).toBe(403);
    expect((await agent.get<{ items: Item[] }>('/api/service-items?active=false')).body.items.map((i) => i.code)).toEqual(['housekeeping_basic']);
  });

  it('given four admins adding the same item code at once, when all save, then one item is created and the others get 409', async () => {
    const item = { code: 'window_cleaning', name: '擦窗', category: 'housekeeping', unit: '次', defaultPrice: 5000, minPrice: 4000, maxPrice: 8000 };
    const answers = await Promise.all([1, 2, 3, 4].map(() => engine.admin.post('/api/service-items', item)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect((await catalog()).filter((i) => i.code === 'window_cleaning')).toHaveLength(1);
  });
});
