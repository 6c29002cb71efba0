import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { createProvider } from '../../../test/support/provider-fixtures';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type ErrorBody = { error: { code: string; details?: { path: string; message: string; code?: string }[] } };
type Detail = Record<string, unknown> & { version: number; relatives: { name: string; phones: { number: string }[] }[] };
type Match = { elder: { id: string; name: string }; matchedBy: string; via?: string };

describe.each(testDatabases())('elder files on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const users: Record<string, ApiClient> = {};
  let wang: string;
  let zhang: string;

  async function user(username: string, roles: string[], areaScope: string[] = [], providerId: string | null = null) {
    await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, areaScope, providerId });
    users[username] = new ApiClient(engine.running.url);
    await users[username].login(username, 'password-123');
  }
  const count = async () => (await engine.admin.get<{ total: number }>('/api/elders')).body.total;
  const lookup = async (query: string) => (await users.agent.get<{ matches: Match[] }>(`/api/elders/lookup?${query}`)).body.matches;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    await user('agent', ['agent']);
    await user('analyst', ['analyst']);
    // The worker's provider serves 王秀英's community only.
    const provider = await createProvider(engine.admin, { areas: ['370102001001'], items: [] });
    await user('worker', ['provider_staff'], [], provider.id);
    await user('idle_worker', ['provider_staff']);
    await user('community_agent', ['agent'], ['370102001001']);
    wang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    zhang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', ZHANG_SANFENG)).body.elder.id;
  });

  it('given a file with relatives and a pendant, when an agent opens it, then everything is there, derived from the ID card, and the read is audited', async () => {
    const res = await users.agent.get<{ elder: Detail }>(`/api/elders/${wang}`);
    expect(res.status).toBe(200);
    expect(res.body.elder).toMatchObject({ name: '王秀英', gender: 'female', birthDate: '1940-01-01', idCard: '370102194001010025', phones: [{ number: '053188001234', kind: 'landline', label: '家里座机' }] });
    expect(res.body.elder.relatives.map((r) => [r.name, r.phones[0].number])).toEqual([['刘建国', '13905310001'], ['刘建华', '13905310002']]);
    expect(res.body.elder.health).toMatchObject({ allergies: '青霉素' });
    const audit = await engine.admin.get<{ entries: { actorName: string; after: { fields: string[] } }[] }>(`/api/audit?action=elder.read&entityId=${wang}`);
    expect(audit.body.entries[0]).toMatchObject({ actorName: 'agent', after: { fields: expect.arrayContaining(['idCard', 'health']) } });
  });

  it('given other roles, when they open the file, then analysts see it masked without health and providers see only what the door needs', async () => {
    const masked = (await users.analyst.get<{ elder: Detail }>(`/api/elders/${wang}`)).body.elder;
    expect(masked).toMatchObject({ idCard: '370102********0025', health: null, phones: [{ number: '0531-****1234' }] });
    expect(masked.relatives[0].phones[0].number).toBe('139****0001');
    const worker = (await users.worker.get<{ elder: Detail }>(`/api/elders/${wang}`)).body.elder;
    expect(Object.keys(worker).sort()).toEqual(['address', 'age', 'areaCode', 'gender', 'id', 'name', 'phone', 'serviceNotes', 'status']);
    expect(worker).toMatchObject({ phone: '0531-****1234', serviceNotes: '六楼无电梯，钥匙在邻居 601 家' });
    const reads = await engine.admin.get<{ total: number }>(`/api/audit?action=elder.read&entityId=${wang}`);
    expect(reads.body.total).toBe(1); // masked reads disclose nothing and are not audited
    expect((await users.worker.get('/api/elders')).status).toBe(403);
    expect((await users.worker.get(`/api/elders/${zhang}`)).status).toBe(404); // outside the areas the provider serves
    expect((await users.idle_worker.get(`/api/elders/${wang}`)).status).toBe(404); // a provider user without a provider sees no one
  });

  it('given a ringing phone, a pendant or a name, when looked up, then the right elders come back, their own number first', async () => {
    expect((await lookup('phone=0531-88001234')).map((m) => [m.elder.name, m.matchedBy])).toEqual([['王秀英', 'elder_phone']]);
    // 刘建华 is 王秀英's daughter and 张三丰's neighbour: her number leads to both.
    expect((await lookup('phone=13905310002')).map((m) => [m.elder.name, m.matchedBy, m.via]).sort()).toEqual([['张三丰', 'relative_phone', '刘建华'], ['王秀英', 'relative_phone', '刘建华']]);
    expect((await lookup('deviceId=PD-0001'))[0].elder.id).toBe(wang);
    expect((await lookup('idCard=370102194805061215'))[0].elder.id).toBe(zhang);
    expect((await lookup(`name=${encodeURIComponent('张')}`)).map((m) => m.elder.name)).toEqual(['张三丰']);
    expect((await lookup('name=wxy')).map((m) => m.elder.name)).toEqual(['王秀英']);
    expect(await lookup('phone=13999999999')).toEqual([]);
    expect((await users.agent.get<ErrorBody>('/api/elders/lookup?phone=12345')).status).toBe(400);
    expect((await users.agent.get<ErrorBody>('/api/elders/lookup?phone=13905310002&name=x')).status).toBe(400);
  });

  it("given the list's search box, when it holds an own phone, a relative's phone or a device id, then the same elders come back as at the desk", async () => {
    const names = async (q: string) => (await users.agent.get<{ elders: { name: string }[] }>(`/api/elders?q=${encodeURIComponent(q)}`)).body.elders.map((e) => e.name);
    expect(await names('0531-88001234')).toEqual(['王秀英']);
    expect(await names('13905310002')).toEqual(['张三丰', '王秀英']); // 刘建华 is a relative of both
    expect(await names('PD-0001')).toEqual(['王秀英']);
    expect(await names('13999999999')).toEqual([]);
    // Scope still holds: the community agent does not find 张三丰 by his relative's number.
    expect((await users.community_agent.get<{ elders: { name: string }[] }>('/api/elders?q=13905310002')).body.elders.map((e) => e.name)).toEqual(['王秀英']);
  });

  it('given a bad file, when created, then 400 lists every problem and nothing is stored; taken ID cards and devices are 409', async () => {
    const before = await count();
    const bad = await users.agent.post<ErrorBody>('/api/elders', {
      ...WANG_XIUYING,
      idCard: '370102194001010026',
      phones: [{ number: '12345' }],
      livingSituation: 'on_the_moon',
      areaCode: '999999',
      relatives: [{ name: '某某', relation: 'cousin_twice_removed', phones: [{ number: '13905310001' }] }],
    });
    expect(bad.status).toBe(400);
    // Each problem has a code the web app translates (zh-CN first).
    expect(bad.body.error.details?.map((d) => [d.path, d.code]).sort()).toEqual([
      ['areaCode', 'unknown_area'],
      ['idCard', 'id_card_checksum'],
      ['livingSituation', 'not_in_dictionary'],
      ['phones.0.number', 'phone'],
      ['relatives.0.relation', 'not_in_dictionary'],
    ]);
    const mismatch = await users.agent.post<ErrorBody>('/api/elders', { ...WANG_XIUYING, idCard: '370102194805061215', gender: 'female', terminals: [] });
    expect(mismatch.body.error.details?.map((d) => d.path)).toEqual(['gender']);
    expect((await users.agent.post('/api/elders', { ...WANG_XIUYING, terminals: [] })).status).toBe(409);
    expect((await users.agent.post('/api/elders', { ...ZHANG_SANFENG, idCard: null, gender: 'male', birthDate: '1950-02-03', terminals: WANG_XIUYING.terminals })).status).toBe(409);
    expect((await users.agent.post('/api/elders', { ...ZHANG_SANFENG, idCard: null, surprise: true })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('given an agent limited to one community, when they search, open or create files, then only that community is theirs', async () => {
    const mine = await users.community_agent.get<{ elders: { name: string }[]; total: number }>('/api/elders');
    expect([mine.body.total, mine.body.elders.map((e) => e.name)]).toEqual([1, ['王秀英']]);
    expect((await users.community_agent.get(`/api/elders/${zhang}`)).status).toBe(404);
    expect((await users.community_agent.get<{ matches: Match[] }>('/api/elders/lookup?phone=13905310002')).body.matches.map((m) => m.elder.name)).toEqual(['王秀英']);
    const outside = await users.community_agent.post('/api/elders', { ...ZHANG_SANFENG, idCard: null, gender: 'male', birthDate: '1950-02-03', phones: [] });
    expect(outside.status).toBe(403);
    expect((await engine.admin.request<ErrorBody>('DELETE', '/api/areas/370102001002')).status).toBe(409);
  });

  it('given two editors, when the second saves an older version, then 409; a save bumps the version and the audit names the changed fields only', async () => {
    const current = (await users.agent.get<{ elder: Detail }>(`/api/elders/${zhang}`)).body.elder;
    const edit = { ...ZHANG_SANFENG, address: '历下区燕子山路 7 号', version: current.version };
    expect((await users.agent.request<{ elder: { version: number } }>('PUT', `/api/elders/${zhang}`, edit)).body.elder.version).toBe(current.version + 1);
    expect((await users.agent.request('PUT', `/api/elders/${zhang}`, edit)).status).toBe(409);
    const audit = await engine.admin.get<{ entries: { after: { changed: string[] } }[] }>(`/api/audit?action=elder.update&entityId=${zhang}`);
    expect(audit.body.entries[0].after.changed).toEqual(['address']);
  });

  it('given a photo, when it is attached to a file, then the file points at it; a missing or non-image file is refused', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const photo = (await users.agent.upload<{ file: { id: string } }>('/api/files?name=photo.png', png, 'image/png')).body.file.id;
    const pdf = (await users.agent.upload<{ file: { id: string } }>('/api/files?name=a.pdf', Buffer.from('%PDF-1.4\n%%EOF'), 'application/pdf')).body.file.id;
    const current = (await users.agent.get<{ elder: Detail }>(`/api/elders/${wang}`)).body.elder;
    for (const bad of [pdf, '00000000-0000-4000-8000-000000000000']) {
      const res = await users.agent.request<ErrorBody>('PUT', `/api/elders/${wang}`, { ...WANG_XIUYING, photoFileId: bad, version: current.version });
      expect([res.status, res.body.error.details?.[0]?.path]).toEqual([400, 'photoFileId']);
    }
    expect((await users.agent.request('PUT', `/api/elders/${wang}`, { ...WANG_XIUYING, photoFileId: photo, version: current.version })).status).toBe(200);
    expect((await users.agent.get<{ elder: Detail }>(`/api/elders/${wang}`)).body.elder.photoFileId).toBe(photo);
  });

  it('given a file, when its status changes, then the history keeps each change and a repeat is refused', async () => {
    expect((await users.agent.post(`/api/elders/${zhang}/status`, { status: 'moved', note: '随子女迁往青岛' })).status).toBe(200);
    expect((await users.agent.post(`/api/elders/${zhang}/status`, { status: 'moved' })).status).toBe(409);
    const history = await users.agent.get<{ changes: { status: string; note: string }[] }>(`/api/elders/${zhang}/status-history`);
    expect(history.body.changes.map((c) => [c.status, c.note])).toEqual([['active', '建档'], ['moved', '随子女迁往青岛']]);
  });
});
