import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
type FileBody = { file: { id: string; name: string; type: string; size: number } };

describe.each(testDatabases())('file store on $name', ({ create }) => {
  const engine = useTestEngine(create);

  it('given a photo, when uploaded, then it is stored with its facts and comes back byte for byte', async () => {
    const up = await engine.admin.upload<FileBody>(`/api/files?name=${encodeURIComponent('老人照片.png')}`, PNG, 'image/png');
    expect(up.status).toBe(201);
    expect(up.body.file).toMatchObject({ name: '老人照片.png', type: 'image/png', size: PNG.length });
    const down = await engine.admin.download(`/api/files/${up.body.file.id}`);
    expect(down.status).toBe(200);
    expect(down.file.equals(PNG)).toBe(true);
    expect([down.headers.get('content-type'), down.headers.get('x-content-type-options')]).toEqual(['image/png', 'nosniff']);
    expect((await new ApiClient(engine.running.url).download(`/api/files/${up.body.file.id}`)).status).toBe(401);
  });

  it('given a forged type, a type not allowed, an empty or an oversized body, when uploaded, then each is refused and nothing is stored', async () => {
    const before = (await engine.admin.get<{ total: number }>('/api/audit?action=file.upload')).body.total;
    expect((await engine.admin.upload('/api/files', Buffer.from('<svg onload="alert(1)"/>'), 'image/png')).status).toBe(400);
    expect((await engine.admin.upload('/api/files', Buffer.from('<svg/>'), 'image/svg+xml')).status).toBe(415);
    expect((await engine.admin.upload('/api/files', Buffer.alloc(0), 'image/png')).status).toBe(400);
    expect((await engine.admin.upload('/api/files', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), 'image/png')).status).toBe(413);
    expect((await engine.admin.get<{ total: number }>('/api/audit?action=file.upload')).body.total).toBe(before);
    expect((await engine.admin.download('/api/files/not-an-id')).status).toBe(404);
  });

  it('given photos uploaded by two providers’ workers and by an agent, when each reads them, then a provider reads only its own provider’s uploads', async () => {
    await seedRegistry(engine.admin);
    const [a, b] = [await createProvider(engine.admin, { name: '甲家政' }), await createProvider(engine.admin, { name: '乙家政', creditCode: CODES[1] })];
    const [aStaff, aAdmin, bAdmin] = [
      await userOf(engine, `files_a_staff_${engine.db.name}`, ['provider_staff'], a.id),
      await userOf(engine, `files_a_admin_${engine.db.name}`, ['provider_admin'], a.id),
      await userOf(engine, `files_b_admin_${engine.db.name}`, ['provider_admin'], b.id),
    ];
    const agent = await userOf(engine, `files_agent_${engine.db.name}`, ['agent']);
    const idOf = async (client: ApiClient) => (await client.upload<FileBody>('/api/files?name=p.png', PNG, 'image/png')).body.file.id;
    const [byA, byAgent] = [await idOf(aStaff), await idOf(agent)];

    const status = async (client: ApiClient, id: string) => (await client.download(`/api/files/${id}`)).status;
    expect(await Promise.all([status(aStaff, byA), status(aAdmin, byA), status(agent, byA), status(engine.admin, byA)])).toEqual([200, 200, 200, 200]);
    expect(await Promise.all([status(bAdmin, byA), status(aStaff, byAgent)])).toEqual([404, 404]);
  });
});
