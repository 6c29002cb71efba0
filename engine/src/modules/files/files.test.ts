import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
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
});
