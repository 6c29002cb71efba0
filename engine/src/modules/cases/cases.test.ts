import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, echoTask, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testEngine } from '../../../test/support/operaton-process-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type CaseView = { id: string; caseNumber: string; status: string; openedAt: string; dueAt: string | null; processInstanceKey: string; satisfaction: string | null; cancelReason: string | null };
type Detail = {
  case: CaseView;
  timeline: { type: string; actorName: string | null; data: Record<string, unknown> | null }[];
  tasks: { id: string; status: string }[];
  process: { bpmnXml: string | null; activeElementIds: string[] };
};


const INTAKE_FORM = {
  type: 'object',
  properties: { note: { type: 'string', title: '备注', required: true }, satisfaction: { type: 'string', enum: ['very_satisfied', 'satisfied', 'neutral', 'unsatisfied'] } },
};

describe.each(testDatabases())('cases on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const api = () => engine.admin;
  const detail = async (id: string) => (await api().get<Detail>(`/api/cases/${id}`)).body;
  const openCase = (body: Record<string, unknown> = {}) => api().post<{ case: CaseView; error?: { code: string } }>('/api/cases', { serviceType: 'household', channel: 'phone', variables: { address: '历下区文化东路 1 号' }, ...body });

  beforeAll(async () => {
    await api().post('/api/forms', { key: 'intake-form', title: '受理', schema: INTAKE_FORM });
    await api().post('/api/service-types', { key: 'household', names: { 'zh-CN': '家政便民', en: 'Household help' }, category: 'daily-help' });
    const xml = chain(uniqueProcessId('household'), [
      { id: 'intake', xml: userTask('intake', 'intake-form', 'agents', '受理登记') },
      { id: 'echo', xml: echoTask('echo') },
    ]);
    const settings = { priority: 'normal', sla: { unit: 'hours', value: 2 }, channels: ['phone', 'alarm'], startRoles: ['agent', 'supervisor', 'admin'] };
    await api().post('/api/service-types/household/versions', { bpmnXml: xml, settings });
    expect((await api().post('/api/service-types/household/publish', { version: 1 })).status).toBe(200);
    await api().post('/api/service-types', { key: 'unpublished', names: { 'zh-CN': '未发布', en: 'Unpublished' }, category: 'x' });
  });

  it('given a day without cases, when many agents open cases at once, then each gets a number, unique and following on from 1', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => openCase()));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    const sequence = results.map((r) => Number(r.body.case.caseNumber.split('-')[1])).sort((a, b) => a - b);
    expect(new Set(sequence).size).toBe(12);
    // The first case of the day inserts the day's counter: on MySQL the racing inserts can deadlock, and the loser opens its case again.
    expect(sequence).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('given a published service type, when a case is opened, then it gets a number of the day, its due time from the SLA, and its process runs the first task', async () => {
    const opened = await openCase();
    expect(opened.status).toBe(201);
    const c = opened.body.case;
    expect(c.caseNumber).toMatch(new RegExp(`^${engine.running.config.cases.numberPrefix}\\d{8}-\\d{6}$`));
    expect(c.status).toBe('open');
    expect(new Date(c.dueAt ?? 0).getTime() - new Date(c.openedAt).getTime()).toBe(2 * 3600_000);
    await eventually(async () => (await detail(c.id)).tasks[0], 30_000, 'the intake task');
    const d = await detail(c.id);
    expect(d.process.activeElementIds).toEqual(['intake']);
    expect(d.process.bpmnXml).toContain('<bpmn:userTask id="intake"');
  });

  it.each([
    ['an unknown service type', { serviceType: 'nope' }, 400],
    ['a channel the type does not take', { channel: 'sms' }, 400],
    ['a service type without a published version', { serviceType: 'unpublished' }, 409],
    ['an unknown field', { colour: 'red' }, 400],
  ])('given %s, when a case is opened, then it is refused and no case is stored', async (_label, body, status) => {
    const before = (await api().get<{ total: number }>('/api/cases')).body.total;
    expect((await openCase(body)).status).toBe(status);
    expect((await api().get<{ total: number }>('/api/cases')).body.total).toBe(before);
  });

  it('given an open case, when urged, supervised, commented and canceled, then each is on the timeline and the process ends', async () => {
    const c = (await openCase({ channel: 'alarm', priority: 'emergency' })).body.case;
    await eventually(async () => (await detail(c.id)).tasks[0], 30_000, 'the intake task');
    const agentUser = await engine.running.engine.users.create({ username: `agent_case_${engine.db.name}`, displayName: '坐席', password: 'password-123', roles: ['agent'] }, { id: null, username: 'test', ip: null });
    expect((await api().post(`/api/cases/${c.id}/urge`, { text: '请尽快处理' })).status).toBe(201);
    expect((await api().post(`/api/cases/${c.id}/supervise`, { text: '超时督办', responsibleId: agentUser.id, deadline: new Date(Date.now() + 3600_000).toISOString() })).status).toBe(201);
    expect((await api().post(`/api/cases/${c.id}/comments`, { text: '家属已联系' })).status).toBe(204);
    const agent = new ApiClient(engine.running.url);
    await agent.login(`agent_case_${engine.db.name}`, 'password-123');
    expect((await agent.post(`/api/cases/${c.id}/supervise`, { text: 'x' })).status).toBe(403);
    expect((await agent.post(`/api/cases/${c.id}/cancel`, { reason: 'x' })).status).toBe(403);

    const canceled = await api().post<{ case: CaseView }>(`/api/cases/${c.id}/cancel`, { reason: '老人家属已自行处理' });
    expect(canceled.status).toBe(200);
    expect(canceled.body.case).toMatchObject({ status: 'canceled', cancelReason: '老人家属已自行处理' });
    const d = await detail(c.id);
    // CareFlow's own entries, in order, among the process milestones from the engine's history.
    const own = new Set(['case.opened', 'case.urged', 'case.supervised', 'case.comment', 'case.canceled']);
    expect(d.timeline.map((e) => e.type).filter((type) => own.has(type))).toEqual(['case.opened', 'case.urged', 'case.supervised', 'case.comment', 'case.canceled']);
    expect(d.timeline).toContainEqual(expect.objectContaining({ type: 'step.started', data: expect.objectContaining({ elementId: 'intake' }) }));
    expect(d.tasks.map((t) => t.status)).toEqual(['canceled']);
    expect((await api().post(`/api/cases/${c.id}/cancel`, { reason: 'again' })).status).toBe(409);
    expect((await api().post(`/api/cases/${c.id}/urge`, { text: 'late' })).status).toBe(409);
    const instance = await testEngine().get<{ state: string; deleteReason: string }>(`/history/process-instance/${d.case.processInstanceKey}`);
    expect(instance.state).toBe('EXTERNALLY_TERMINATED');
  });

  it('given cases, when searched, then filters and paging apply', async () => {
    const all = await api().get<{ cases: CaseView[]; total: number }>('/api/cases?pageSize=5');
    expect(all.body.cases).toHaveLength(5);
    expect(all.body.total).toBeGreaterThan(5);
    const one = all.body.cases[0];
    const byNumber = await api().get<{ cases: CaseView[]; total: number }>(`/api/cases?caseNumber=${one.caseNumber}`);
    expect(byNumber.body.cases.map((x) => x.id)).toEqual([one.id]);
    const canceled = await api().get<{ cases: CaseView[] }>('/api/cases?status=canceled');
    expect(canceled.body.cases.every((x) => x.status === 'canceled')).toBe(true);
    expect((await api().get('/api/cases?status=weird')).status).toBe(400);
    const today = await api().get<{ total: number }>(`/api/cases?openedFrom=${new Date(Date.now() - 3600_000).toISOString()}`);
    expect(today.body.total).toBe(all.body.total);
    expect((await api().get<{ total: number }>(`/api/cases?openedTo=2000-01-01`)).body.total).toBe(0);
    expect((await api().get('/api/cases?openedFrom=yesterday')).status).toBe(400);
    expect((await api().get('/api/cases/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
