import { ApiClient } from '../../../test/support/api-client';
import { chain, echoTask, intakeThenEcho, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Problems = { error: { code: string; details: { problems: { elementId?: string; message: string; messageEn: string }[] } } };
type VersionView = { version: number; status: string; processDefinitionKey: string | null; definitionVersion: number | null; formVersions: Record<string, number> | null };
type TypeView = { serviceType: { publishedVersion: number | null }; versions: VersionView[] };

const FORM_SCHEMA = { type: 'object', properties: { note: { type: 'string', title: '备注' } } };

describe.each(testDatabases())('service catalog on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const api = () => engine.admin;
  const typeKey = 'household';
  const processId = uniqueProcessId('household');

  const addVersion = (xml: string) => api().post<{ version: VersionView } & Problems>(`/api/service-types/${typeKey}/versions`, { bpmnXml: xml, settings: { priority: 'normal', channels: ['phone', 'web'] } });
  const publish = (version: number) => api().post<{ version: VersionView } & Problems>(`/api/service-types/${typeKey}/publish`, { version });
  const state = async () => (await api().get<TypeView>(`/api/service-types/${typeKey}`)).body;

  beforeAll(async () => {
    for (const key of ['intake-form', 'review-form']) {
      expect((await api().post('/api/forms', { key, title: key, schema: FORM_SCHEMA })).status).toBe(201);
    }
    const created = await api().post('/api/service-types', {
      key: typeKey,
      names: { 'zh-CN': '家政便民', en: 'Household help' },
      category: 'daily-help',
      intakeFormKey: 'intake-form',
    });
    expect(created.status).toBe(201);
  });

  it('given a valid version, when published, then the process engine runs it and the form versions it uses are pinned', async () => {
    const draft = await addVersion(intakeThenEcho(processId));
    expect(draft.status).toBe(201);
    expect(draft.body.version).toMatchObject({ version: 1, status: 'draft', processDefinitionKey: null });

    const published = await publish(1);
    expect(published.status).toBe(200);
    expect(published.body.version).toMatchObject({ status: 'published', definitionVersion: 1, formVersions: { 'intake-form': 1 }, processDefinitionKey: expect.stringMatching(new RegExp(`^${processId}:1:`)) });
    expect((await state()).serviceType.publishedVersion).toBe(1);
  });

  it('given a newer version and a newer form, when published and then rolled back, then each publish pins its own forms and the catalog follows', async () => {
    expect((await api().post('/api/forms/intake-form/versions', { schema: { ...FORM_SCHEMA, required: ['note'] } })).status).toBe(201);
    const v2 = chain(processId, [
      { id: 'intake', xml: userTask('intake', 'intake-form') },
      { id: 'echo', xml: echoTask('echo') },
      { id: 'review', xml: userTask('review', 'review-form') },
    ]);
    expect((await addVersion(v2)).body.version.version).toBe(2);
    const second = await publish(2);
    expect(second.body.version).toMatchObject({ definitionVersion: 2, formVersions: { 'intake-form': 2, 'review-form': 1 } });

    const rollback = await publish(1);
    expect(rollback.status).toBe(200);
    expect(rollback.body.version.definitionVersion).toBe(3);
    const after = await state();
    expect(after.serviceType.publishedVersion).toBe(1);
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'published']]);
  });

  it.each([
    ['a user task whose form is not in the library', (id: string) => chain(id, [{ id: 'ask', xml: userTask('ask', 'no-such-form') }]), 'ask', /not in the form library/],
    ['a user task without a form', (id: string) => chain(id, [{ id: 'bare', xml: '<bpmn:userTask id="bare"/>' }]), 'bare', /has no form/],
    [
      'a service task no connector works on',
      (id: string) => chain(id, [{ id: 'mystery', xml: '<bpmn:serviceTask id="mystery" camunda:type="external" camunda:topic="acme:unknown:1"/>' }]),
      'mystery',
      /No connector works on topic acme:unknown:1/,
    ],
    [
      'a timer Operaton cannot read',
      (id: string) =>
        chain(id, [{ id: 'wait', xml: '<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>soon</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>' }]),
      'wait',
      /./,
    ],
  ])('given %s, when published, then 422 names the element and nothing changes', async (_label, build, elementId, message) => {
    const before = await state();
    const deploymentsBefore = (await api().get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length;
    const draft = await addVersion(build(processId));
    expect(draft.status).toBe(201);
    const res = await publish(draft.body.version.version);
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems).toEqual(expect.arrayContaining([expect.objectContaining({ elementId, messageEn: expect.stringMatching(message) })]));
    const after = await state();
    expect(after.serviceType.publishedVersion).toBe(before.serviceType.publishedVersion);
    expect(after.versions.find((v) => v.version === draft.body.version.version)?.status).toBe('draft');
    expect((await api().get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length).toBe(deploymentsBefore);
  });

  it('given malformed BPMN or bad settings, when saved as a version, then it is refused and no version is stored', async () => {
    const count = (await state()).versions.length;
    expect((await addVersion('<bpmn:definitions')).status).toBe(422);
    const badSettings = await api().post(`/api/service-types/${typeKey}/versions`, { bpmnXml: intakeThenEcho(processId), settings: { priority: 'urgent!', ivrDigit: '12' } });
    expect(badSettings.status).toBe(400);
    expect((await state()).versions.length).toBe(count);
  });

  it('given two admins creating the same key at once, when both save, then one is created and the other gets 409', async () => {
    const body = { key: 'twice-at-once', names: { 'zh-CN': '重复创建', en: 'Twice' }, category: 'other' };
    const statuses = (await Promise.all([api().post('/api/service-types', body), api().post('/api/service-types', body)])).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
  });

  it('given the process id of another service type, when published, then 422', async () => {
    await api().post('/api/service-types', { key: `${typeKey}_copy`, names: { 'zh-CN': '复制', en: 'Copy' }, category: 'daily-help' });
    await api().post(`/api/service-types/${typeKey}_copy/versions`, { bpmnXml: intakeThenEcho(processId) });
    const res = await api().post<Problems>(`/api/service-types/${typeKey}_copy/publish`, { version: 1 });
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems[0].messageEn).toMatch(/already belongs to another service type/);
  });

  it('given an agent, when they try to change the catalog or forms, then 403; reading is allowed', async () => {
    await engine.running.engine.users.create({ username: `agent_cat_${engine.db.name}`, displayName: '坐席', password: 'password-123', roles: ['agent'] }, { id: null, username: 'test', ip: null });
    const agent = new ApiClient(engine.running.url);
    await agent.login(`agent_cat_${engine.db.name}`, 'password-123');
    expect((await agent.post('/api/service-types', { key: 'sneaky', names: { 'zh-CN': 'x', en: 'x' }, category: 'x' })).status).toBe(403);
    expect((await agent.post('/api/forms', { key: 'sneaky', title: 'x', schema: {} })).status).toBe(403);
    expect((await agent.get('/api/service-types')).status).toBe(200);
    expect((await agent.get('/api/forms/intake-form')).status).toBe(200);
  });

  it('given the forms library, when forms are misused, then clear errors and nothing stored', async () => {
    expect((await api().post('/api/forms', { key: 'intake-form', title: 'dup', schema: FORM_SCHEMA })).status).toBe(409);
    expect((await api().post('/api/forms', { key: 'bad schema', title: 'x', schema: FORM_SCHEMA })).status).toBe(400);
    expect((await api().post('/api/forms', { key: 'scalar', title: 'x', schema: { type: 'string' } })).status).toBe(400);
    expect((await api().get('/api/forms/scalar')).status).toBe(404);
    expect((await api().get('/api/forms/intake-form/versions/abc')).status).toBe(404);
    const form = await api().get<{ latest: { version: number }; versions: { version: number }[] }>('/api/forms/intake-form');
    expect(form.body.latest.version).toBe(2);
    expect(form.body.versions.map((v) => v.version)).toEqual([2, 1]);
  });
});
