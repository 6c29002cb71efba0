import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Area = { code: string; name: string; level: string; parentCode: string | null; path: string };
type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

describe.each(testDatabases())('areas and dictionaries on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let agent: ApiClient;

  beforeAll(async () => {
    await engine.admin.post('/api/users', { username: 'agent_area', password: 'password-123', displayName: '话务员', roles: ['agent'] });
    agent = new ApiClient(engine.running.url);
    await agent.login('agent_area', 'password-123');
  });

  it('given an area tree entered level by level, when listed, then parents come first with their paths', async () => {
    for (const area of JINAN_AREAS) expect((await engine.admin.post('/api/areas', area)).status).toBe(201);
    const { areas } = (await agent.get<{ areas: Area[] }>('/api/areas')).body;
    expect(areas.map((a) => a.code)).toEqual(['3701', '370102', '370102001', '370102001001', '370102001002', '370103']);
    expect(areas[3].path).toBe('/3701/370102/370102001/370102001001/');
  });

  it('given wrong levels, unknown parents, duplicates or agents, when areas are added, then they are refused and nothing changes', async () => {
    const before = (await agent.get<{ areas: Area[] }>('/api/areas')).body.areas.length;
    const bad: [Record<string, unknown>, number, string?][] = [
      [{ code: '370104', name: '槐荫区', level: 'street', parentCode: '3701' }, 400, 'level'],
      [{ code: '370104', name: '槐荫区', level: 'district', parentCode: '9999' }, 400, 'parentCode'],
      [{ code: '370102001001x', name: '下面', level: 'community', parentCode: '370102001001' }, 400, 'parentCode'],
      [{ code: '370102', name: '重复', level: 'district', parentCode: '3701' }, 409],
      [{ code: '济南', name: '中文编码', level: 'city' }, 400, 'code'],
    ];
    for (const [body, status, path] of bad) {
      const res = await engine.admin.post<ErrorBody>('/api/areas', body);
      expect([res.status, res.body.error.details?.[0]?.path]).toEqual([status, path]);
    }
    expect((await agent.post('/api/areas', { code: 'x1', name: 'x', level: 'city' })).status).toBe(403);
    expect((await agent.get<{ areas: Area[] }>('/api/areas')).body.areas).toHaveLength(before);
  });

  it('given an area with areas below it, when removed, then 409; a leaf is removed and renamed areas keep their place', async () => {
    const refused = await engine.admin.request<ErrorBody>('DELETE', '/api/areas/370102001');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('2 areas below it');
    expect((await engine.admin.request<{ area: Area }>('PATCH', '/api/areas/370103', { name: '市中区（新）' })).body.area).toMatchObject({ name: '市中区（新）', path: '/3701/370103/' });
    expect((await engine.admin.request('DELETE', '/api/areas/370103')).status).toBe(204);
  });

  it('given the shipped dictionaries, when read, then they hold ordered zh-CN options, and admins edit them', async () => {
    const relation = (await agent.get<{ dictionary: { options: { code: string; label: string }[] } }>('/api/dictionaries/relation_type')).body.dictionary;
    expect(relation.options.slice(0, 3).map((o) => [o.code, o.label])).toEqual([['son', '儿子'], ['daughter', '女儿'], ['spouse', '配偶']]);
    const names = (await agent.get<{ dictionaries: { key: string }[] }>('/api/dictionaries')).body.dictionaries.map((d) => d.key);
    expect(names).toEqual(expect.arrayContaining(['alarm_type', 'complaint_category', 'service_category', 'relation_type', 'disability_level', 'satisfaction']));

    const options = [{ code: 'phone', label: '电话', labelEn: 'Phone' }, { code: 'visit', label: '来访', labelEn: 'Visit' }];
    expect((await agent.request('PUT', '/api/dictionaries/contact_way', { name: '联系方式', nameEn: 'Contact', options })).status).toBe(403);
    expect((await engine.admin.request('PUT', '/api/dictionaries/contact_way', { name: '联系方式', nameEn: 'Contact', options: [...options, options[0]] })).status).toBe(400);
    expect((await engine.admin.request('PUT', '/api/dictionaries/Bad-Key', { name: 'x', nameEn: 'x', options })).status).toBe(400);
    expect((await engine.admin.request('PUT', '/api/dictionaries/contact_way', { name: '联系方式', nameEn: 'Contact', options })).status).toBe(200);
    expect((await agent.get<{ dictionary: { options: { code: string; active: boolean }[] } }>('/api/dictionaries/contact_way')).body.dictionary.options).toEqual([
      expect.objectContaining({ code: 'phone', active: true }),
      expect.objectContaining({ code: 'visit', active: true }),
    ]);
    expect((await engine.admin.request('DELETE', '/api/dictionaries/relation_type')).status).toBe(409);
    expect((await engine.admin.request('DELETE', '/api/dictionaries/contact_way')).status).toBe(204);
  });
});
