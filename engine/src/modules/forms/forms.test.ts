import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type ErrorBody = { error: { code: string; details?: { path: string; message: string }[] } };
const SAFE = { type: 'object', properties: { outcome: { type: 'string', enum: ['real', 'false_alarm'] }, details: { type: 'string', 'x-reactions': { dependencies: ['outcome'], fulfill: { state: { visible: '{{$deps[0] === "real"}}' } } } } } };

describe.each(testDatabases())('forms library on $name', ({ create }) => {
  const engine = useTestEngine(create);

  it('given schemas that reach outside the form or name unknown widgets, when saved, then 400 names the place and nothing is stored', async () => {
    const unsafe = [
      { type: 'object', properties: { a: { type: 'string', 'x-reactions': { fulfill: { state: { visible: '{{process.exit(1)}}' } } } } } },
      { type: 'object', properties: { a: { type: 'string', 'x-reactions': { fulfill: { run: '$self.setValue(1)' } } } } },
      { type: 'object', properties: { a: { type: 'string', 'x-component': 'ScriptRunner' } } },
      { type: 'object', properties: { box: { type: 'void', properties: { a: { type: 'string' } } }, a: { type: 'string' } } },
    ];
    for (const schema of unsafe) {
      const res = await engine.admin.post<ErrorBody>('/api/forms', { key: 'unsafe-form', title: '不安全', schema });
      expect(res.status).toBe(400);
      expect(res.body.error.details?.[0].path).toMatch(/^schema\.properties\./);
    }
    expect((await engine.admin.get('/api/forms/unsafe-form')).status).toBe(404);
  });

  it('given four analysts creating the same form key at once, when all save, then one form with one version is created and the others get 409', async () => {
    const body = { key: 'at-once-form', title: '同时创建', schema: SAFE };
    const answers = await Promise.all([1, 2, 3, 4].map(() => engine.admin.post('/api/forms', body)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const stored = await engine.admin.get<{ latest: { version: number }; versions: unknown[] }>('/api/forms/at-once-form');
    expect(stored.body.latest.version).toBe(1);
  });

  it('given a form with linkage rules, when saved and a new unsafe version is sent, then the safe one stays the latest', async () => {
    expect((await engine.admin.post('/api/forms', { key: 'outcome-form', title: '处置结果', schema: SAFE })).status).toBe(201);
    const bad = { ...SAFE, properties: { ...SAFE.properties, details: { type: 'string', title: '{{globalThis.secret}}' } } };
    expect((await engine.admin.post('/api/forms/outcome-form/versions', { schema: bad })).status).toBe(400);
    const latest = await engine.admin.get<{ latest: { version: number; schema: unknown } }>('/api/forms/outcome-form');
    expect(latest.body.latest).toMatchObject({ version: 1, schema: SAFE });
  });

  it('given a form pinned by a published service type, when deleted, then 409; an unused form is deleted with its versions', async () => {
    await engine.admin.post('/api/forms', { key: 'pinned-form', title: '已发布', schema: SAFE });
    await engine.admin.post('/api/forms', { key: 'spare-form', title: '未使用', schema: SAFE });
    await engine.admin.post('/api/service-types', { key: 'pinned', names: { 'zh-CN': '已发布', en: 'Pinned' }, category: 'test' });
    await engine.admin.post('/api/service-types/pinned/versions', { bpmnXml: chain(uniqueProcessId('pinned'), [{ id: 'step', xml: userTask('step', 'pinned-form') }]) });
    expect((await engine.admin.post('/api/service-types/pinned/publish', { version: 1 })).status).toBe(200);
    const refused = await engine.admin.request<{ error: { message: string } }>('DELETE', '/api/forms/pinned-form');
    expect([refused.status, refused.body.error.message]).toEqual([409, expect.stringContaining('pinned')]);
    expect((await engine.admin.get('/api/forms/pinned-form')).status).toBe(200);
    expect((await engine.admin.request('DELETE', '/api/forms/spare-form')).status).toBe(204);
    expect((await engine.admin.get('/api/forms/spare-form')).status).toBe(404);
  });
});
