import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { CaseEscalationEntity } from './escalation-entity';

type Escalation = { id: string; kind: string; taskName: string | null; responsibleName: string | null; deadline: string | null; reply: string | null; repliedByName: string | null; notified: { displayName: string; as: string; sms: string }[] };
type Notifications = { notifications: { title: string; body: string; caseId: string | null }[] };
type Outbox = { messages: { phone: string; content: string; source: string | null }[] };

/** 催办 and 督办 reach people: the bell, an SMS copy for those with a mobile phone, and a row that reports count. */
describe.each(testDatabases())('催办 and 督办 on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const clients: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  const soon = () => new Date(Date.now() + 24 * 3600_000).toISOString();

  async function user(username: string, displayName: string, roles: string[], groups: string[], phone: string | null) {
    const made = await engine.admin.post<{ user: { id: string } }>('/api/users', { username, password: 'password-123', displayName, roles, groups, phone });
    expect(made.status).toBe(201);
    ids[username] = made.body.user.id;
    clients[username] = new ApiClient(engine.running.url);
    await clients[username].login(username, 'password-123');
  }
  const openCase = async () => {
    const opened = await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone' });
    expect(opened.status).toBe(201);
    const task = await eventually(async () => (await engine.admin.get<{ tasks: { id: string; status: string }[] }>(`/api/cases/${opened.body.case.id}`)).body.tasks[0], 30_000, 'the visit task');
    return { ...opened.body.case, taskId: task.id };
  };
  const bell = async (username: string, caseId: string) => (await clients[username].get<Notifications>('/api/notifications')).body.notifications.filter((n) => n.caseId === caseId);
  const escalations = async (caseId: string) => (await engine.admin.get<{ escalations: Escalation[] }>(`/api/cases/${caseId}/escalations`)).body.escalations;

  beforeAll(async () => {
    await engine.admin.post('/api/groups', { key: 'hotline', name: '热线组' });
    await engine.admin.post('/api/groups', { key: 'night', name: '夜班组' });
    await user('zhang_agent', '张坐席', ['agent'], ['hotline'], '13800138001');
    await user('li_agent', '李坐席', ['agent'], ['hotline'], null);
    await user('wang_lead', '王值班长', ['supervisor'], ['hotline'], '13900139000');
    await user('zhao_lead', '赵值班长', ['supervisor'], ['night'], null);
    await engine.admin.post('/api/forms', { key: 'visit-form', title: '探访', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    const bpmnXml = chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'hotline', '上门探访') }]);
    await engine.admin.post('/api/service-types/visit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/visit/publish', { version: 1 })).status).toBe(200);
  });

  it('given an unclaimed task of a group, when the case is urged, then every member is told in the app, those with a mobile by SMS, and one without is said to have had no SMS', async () => {
    const c = await openCase();
    const urged = await clients.wang_lead.post<{ escalation: Escalation }>(`/api/cases/${c.id}/urge`, { text: '家属来电催促' });
    expect(urged.status).toBe(201);
    const people = Object.fromEntries(urged.body.escalation.notified.map((n) => [n.displayName, [n.as, n.sms]]));
    // The urger is a member too: told like the others.
    expect(people).toEqual({ 张坐席: ['candidate', 'queued'], 李坐席: ['candidate', 'no_phone'], 王值班长: ['candidate', 'queued'] });
    expect(urged.body.escalation.taskName).toBe('上门探访');
    expect(await bell('zhang_agent', c.id)).toEqual([expect.objectContaining({ title: `催办：${c.caseNumber}`, body: '家属来电催促' })]);
    expect(await bell('li_agent', c.id)).toHaveLength(1);
    expect(await bell('zhao_lead', c.id)).toEqual([]);
    const texts = (await engine.admin.get<Outbox>(`/api/sms?caseId=${c.id}`)).body.messages;
    expect(texts.map((m) => [m.phone, m.source]).sort()).toEqual([['13800138001', 'case.urge'], ['13900139000', 'case.urge']]);
    expect(texts[0].content).toContain('家属来电催促');
    const timeline = (await engine.admin.get<{ timeline: { type: string; data: Record<string, unknown> | null }[] }>(`/api/cases/${c.id}`)).body.timeline;
    const urgedEntry = timeline.find((e) => e.type === 'case.urged')?.data;
    expect(urgedEntry?.text).toBe('家属来电催促');
    expect([...(urgedEntry?.notified as string[])].sort()).toEqual(['张坐席', '李坐席', '王值班长'].sort());
  });

  it('given a claimed task, when the case is urged, then only its assignee is told', async () => {
    const c = await openCase();
    expect((await clients.li_agent.post(`/api/tasks/${c.taskId}/claim`, {})).status).toBe(200);
    const urged = await clients.zhang_agent.post<{ escalation: Escalation }>(`/api/cases/${c.id}/urge`, { text: '请今天上门' });
    expect(urged.body.escalation.notified).toEqual([expect.objectContaining({ displayName: '李坐席', as: 'assignee', sms: 'no_phone' })]);
    expect(await bell('li_agent', c.id)).toHaveLength(1);
    expect(await bell('zhang_agent', c.id)).toEqual([]);
  });

  it('given a 督办 naming a responsible person and a deadline, when it is raised and answered, then they and their group’s 值班长 are told, only they may answer, once, and the raiser hears of it', async () => {
    const c = await openCase();
    const deadline = soon();
    const raised = await clients.wang_lead.post<{ escalation: Escalation }>(`/api/cases/${c.id}/supervise`, { text: '今日内办结', responsibleId: ids.li_agent, deadline });
    expect(raised.status).toBe(201);
    // The raiser is the group's only other supervisor: the row names them as told too.
    expect(raised.body.escalation).toMatchObject({ kind: 'supervise', responsibleName: '李坐席', deadline, reply: null });
    expect(raised.body.escalation.notified.map((n) => [n.displayName, n.as])).toEqual([['李坐席', 'responsible'], ['王值班长', 'supervisor']]);
    expect(await bell('li_agent', c.id)).toEqual([expect.objectContaining({ title: `督办：${c.caseNumber}` })]);
    expect(await bell('zhao_lead', c.id)).toEqual([]);

    const id = raised.body.escalation.id;
    expect((await clients.zhang_agent.post(`/api/cases/${c.id}/escalations/${id}/reply`, { text: '我来办' })).status).toBe(403);
    const answered = await clients.li_agent.post<{ escalation: Escalation }>(`/api/cases/${c.id}/escalations/${id}/reply`, { text: '已联系家属，下午上门' });
    expect(answered.status).toBe(200);
    expect(answered.body.escalation).toMatchObject({ reply: '已联系家属，下午上门', repliedByName: '李坐席' });
    expect((await clients.li_agent.post(`/api/cases/${c.id}/escalations/${id}/reply`, { text: 'again' })).status).toBe(409);
    expect((await bell('wang_lead', c.id)).map((n) => n.title)).toContain(`督办已回复：${c.caseNumber}`);
    expect((await escalations(c.id)).map((e) => [e.kind, e.reply])).toEqual([['supervise', '已联系家属，下午上门']]);
  });

  it('given a responsible person with no 值班长 in their groups, when supervised, then the supervisors whose scope covers the case are told', async () => {
    const c = await openCase();
    await user('sun_agent', '孙坐席', ['agent'], ['night'], null);
    await engine.admin.post('/api/groups', { key: 'solo', name: '单人组' });
    await user('qian_agent', '钱坐席', ['agent'], ['solo'], null);
    const raised = await engine.admin.post<{ escalation: Escalation }>(`/api/cases/${c.id}/supervise`, { text: '请跟进', responsibleId: ids.qian_agent, deadline: soon() });
    expect(raised.body.escalation.notified.filter((n) => n.as === 'supervisor').map((n) => n.displayName).sort()).toEqual(['王值班长', '赵值班长'].sort());
    const handlers = (await clients.wang_lead.get<{ users: { displayName: string }[] }>(`/api/cases/${c.id}/handlers`)).body.users.map((u) => u.displayName);
    expect(handlers).toEqual(expect.arrayContaining(['张坐席', '钱坐席', '王值班长']));
  });

  it.each([
    ['a deadline in the past', () => ({ text: '请跟进', responsibleId: ids.li_agent, deadline: '2020-01-01T00:00:00Z' }), 400],
    ['no responsible person', () => ({ text: '请跟进', deadline: new Date(Date.now() + 3600_000).toISOString() }), 400],
    ['an unknown responsible person', () => ({ text: '请跟进', responsibleId: '00000000-0000-0000-0000-000000000000', deadline: new Date(Date.now() + 3600_000).toISOString() }), 400],
    ['an empty text', () => ({ text: '  ', responsibleId: ids.li_agent, deadline: new Date(Date.now() + 3600_000).toISOString() }), 400],
  ])('given %s, when a 督办 is raised, then it is refused and nothing is stored or sent', async (_label, body, status) => {
    const c = await openCase();
    const answer = await engine.admin.post<{ error: { code: string } }>(`/api/cases/${c.id}/supervise`, body());
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe('invalid_input');
    expect(await escalations(c.id)).toEqual([]);
    expect(await bell('li_agent', c.id)).toEqual([]);
  });

  it('given urges and supervisions, when a report counts them, then the rows are there by kind', async () => {
    const rows = await engine.running.dataSource.getRepository(CaseEscalationEntity).find();
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    expect(count('urge')).toBe(2);
    expect(count('supervise')).toBe(2);
    expect((await engine.admin.get('/api/cases/00000000-0000-0000-0000-000000000000/escalations')).status).toBe(404);
  });
});
