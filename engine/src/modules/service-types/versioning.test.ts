import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Detail = { case: { status: string; serviceTypeVersion: number }; tasks: { id: string; elementId: string; status: string }[] };
type VersionView = { version: number; status: string; createdBy: string; createdByName: string | null; publishedByName: string | null };
type TypeView = { serviceType: { nameZh: string; nameEn: string; category: string; icon: string | null; intakeFormKey: string | null; publishedVersion: number | null }; versions: VersionView[] };

const FORM = { type: 'object', properties: { note: { type: 'string', title: '备注' } } };
const SETTINGS = { priority: 'normal', channels: ['phone'], startRoles: ['admin'] };

/** An analyst changes a shipped process; running cases keep the version they started on. */
describe.each(testDatabases())('service type versions on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const processId = uniqueProcessId('meal');
  let analyst: ApiClient;
  const state = async () => (await engine.admin.get<TypeView>('/api/service-types/meal')).body;
  const detail = async (id: string) => (await engine.admin.get<Detail>(`/api/cases/${id}`)).body;
  const openCase = async () => (await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'meal', channel: 'phone', variables: {} })).body.case.id;
  const openTask = (caseId: string) =>
    eventually(async () => (await detail(caseId)).tasks.find((t) => t.status === 'created'), 30_000, `an open task of case ${caseId}`);
  const complete = async (caseId: string) => {
    const task = await openTask(caseId);
    expect((await engine.admin.post(`/api/tasks/${task.id}/complete`, { variables: { note: 'ok' } })).status).toBe(200);
    return task.elementId;
  };
  const closed = (caseId: string) => eventually(async () => ((await detail(caseId)).case.status === 'closed' ? true : undefined), 30_000, `case ${caseId} to close`);

  beforeAll(async () => {
    const name = `analyst_${engine.db.name}`;
    await engine.running.engine.users.create({ username: name, displayName: '流程分析员', password: 'password-123', roles: ['analyst'] }, { id: null, username: 'test', ip: null });
    analyst = new ApiClient(engine.running.url);
    await analyst.login(name, 'password-123');
    expect((await engine.admin.post('/api/forms', { key: 'meal-form', title: '助餐', schema: FORM })).status).toBe(201);
    expect((await engine.admin.post('/api/service-types', { key: 'meal', names: { 'zh-CN': '助餐服务', en: 'Meals' }, category: 'daily-help' })).status).toBe(201);
    // The case closes when its process ends (Operaton has no case-event worker to close it).
    const v1 = chain(processId, [{ id: 'intake', xml: userTask('intake', 'meal-form') }]);
    expect((await engine.admin.post('/api/service-types/meal/versions', { bpmnXml: v1, settings: SETTINGS })).status).toBe(201);
    expect((await engine.admin.post('/api/service-types/meal/publish', { version: 1 })).status).toBe(200);
  });

  it('given a case on v1, when an analyst publishes v2 with an extra task, then the old case finishes on v1 and a new case follows v2', async () => {
    const before = await openCase();
    await openTask(before);

    const v2 = chain(processId, [
      { id: 'intake', xml: userTask('intake', 'meal-form') },
      { id: 'check', xml: userTask('check', 'meal-form', 'agents', '回访确认') },
    ]);
    expect((await analyst.post('/api/service-types/meal/versions', { bpmnXml: v2, settings: SETTINGS })).status).toBe(201);
    expect((await analyst.post('/api/service-types/meal/publish', { version: 2 })).status).toBe(200);
    const after = await openCase();

    expect(await complete(before)).toBe('intake');
    await closed(before);
    const old = await detail(before);
    expect(old.case.serviceTypeVersion).toBe(1);
    expect(old.tasks.map((t) => t.elementId)).toEqual(['intake']);

    expect(await complete(after)).toBe('intake');
    expect(await complete(after)).toBe('check');
    await closed(after);
    const current = await detail(after);
    expect(current.case.serviceTypeVersion).toBe(2);
    expect(current.tasks.map((t) => t.elementId)).toEqual(['intake', 'check']);
  });

  it('given versions saved by different people, when the type is read, then each version names who saved and published it', async () => {
    const { versions } = await state();
    expect(versions.map((v) => [v.version, v.status, v.createdByName, v.publishedByName])).toEqual([
      [2, 'published', '流程分析员', '流程分析员'],
      [1, 'published', expect.any(String), expect.any(String)],
    ]);
    expect(versions[1].createdByName).not.toBe(versions[1].createdBy);
  });

  it('given an analyst, when the catalog entry is renamed and given an intake form, then it is saved; clearing the icon works too', async () => {
    const res = await analyst.request('PATCH', '/api/service-types/meal', { names: { 'zh-CN': '老年助餐', en: 'Elder meals' }, icon: 'coffee', intakeFormKey: 'meal-form' });
    expect(res.status).toBe(200);
    expect((await analyst.request('PATCH', '/api/service-types/meal', { icon: null })).status).toBe(200);
    expect((await state()).serviceType).toMatchObject({ nameZh: '老年助餐', nameEn: 'Elder meals', category: 'daily-help', icon: null, intakeFormKey: 'meal-form', publishedVersion: 2 });
  });

  it.each([
    ['an unknown intake form', { intakeFormKey: 'no-such-form' }, 400],
    ['an empty name', { names: { 'zh-CN': ' ', en: 'x' } }, 400],
    ['an unknown field', { key: 'renamed' }, 400],
  ])('given %s, when the catalog entry is changed, then it is refused and nothing changes', async (_label, body, status) => {
    const before = (await state()).serviceType;
    expect((await analyst.request('PATCH', '/api/service-types/meal', body)).status).toBe(status);
    expect((await state()).serviceType).toEqual(before);
  });

  it('given an unknown type or an agent, when changed, then 404 or 403', async () => {
    expect((await analyst.request('PATCH', '/api/service-types/nope', { category: 'x' })).status).toBe(404);
    await engine.running.engine.users.create({ username: `agent_v_${engine.db.name}`, displayName: '坐席', password: 'password-123', roles: ['agent'] }, { id: null, username: 'test', ip: null });
    const agent = new ApiClient(engine.running.url);
    await agent.login(`agent_v_${engine.db.name}`, 'password-123');
    expect((await agent.request('PATCH', '/api/service-types/meal', { category: 'x' })).status).toBe(403);
  });
});
