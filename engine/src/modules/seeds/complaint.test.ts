import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { testEngine } from '../../../test/support/operaton-process-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import type { Role } from '@careflow/contracts';
import { ApiClient } from '../../../test/support/api-client';
import { createProvider, expectStatus, seedRegistry, userOf } from '../../../test/support/provider-fixtures';

type Notice = { title: string; caseId: string | null; level: string };
type CaseView = { case: { status: string; satisfaction: string | null; processInstanceKey: string | null } };
const HEAD_PHONE = '13905311001';
const MEMBER_PHONE = '13905311002';


/** The shipped 投诉建议 process on the run's engine: routed by its decision table, urged, supervised, answered and visited. */
describe.each(testDatabases())('the complaint service type on $name', ({ create, name }) => {
  const opened: string[] = [];
  // Before the engine's own afterAll (which stops it): hooks run in the order they are declared.
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = caseReader(() => engine.admin);

  const staff = (username: string, roles: Role[], groups: string[], phone: string | null) => loggedIn(engine, username, roles, { groups, phone });
  const open = async (variables: Record<string, unknown>) => {
    const res = await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'complaint', channel: 'phone', variables });
    if (res.status !== 201) throw new Error(`case not opened: ${res.status} ${JSON.stringify(res.body)}`);
    opened.push(res.body.case.id);
    return res.body.case;
  };
  const closed = (caseId: string) => eventually(async () => {
    const d = (await engine.admin.get<CaseView>(`/api/cases/${caseId}`)).body;
    return d.case.status === 'closed' ? d.case : undefined;
  }, 60_000, 'the closed case');
  /** Fires a boundary timer of the case now, as the engine would at its due time. */
  const fireTimer = async (caseId: string, activityId: string) => {
    const { case: c } = (await engine.admin.get<CaseView>(`/api/cases/${caseId}`)).body;
    const rest = testEngine();
    const [job] = await eventually(async () => {
      const jobs = await rest.get<{ id: string }[]>('/job', { processInstanceId: c.processInstanceKey ?? '', activityId });
      return jobs.length > 0 ? jobs : undefined;
    }, 30_000, `the ${activityId} timer`);
    await rest.post(`/job/${job.id}/execute`, {});
  };
  const notices = async (client: ApiClient, caseId: string) => (await client.get<{ notifications: Notice[] }>('/api/notifications')).body.notifications.filter((n) => n.caseId === caseId);

  it('given a complaint about a provider, when it runs, then the decision table routes it to 养老服务科 due in 13 working days, 催办 reaches the group in the app and by SMS, 督办 reaches the department head, and an unsatisfied caller gets it redone until satisfied', async () => {
    const head = await staff(`elder_head_${name}`, ['supervisor'], ['dept_elder_care'], HEAD_PHONE);
    const member = await staff(`elder_clerk_${name}`, ['agent'], ['dept_elder_care'], MEMBER_PHONE);
    const c = await open({ complaintKind: 'complaint', complaintSubject: 'provider', description: '助餐服务连续三天送晚了一个多小时', callerPhone: '13905310009', relatedCaseNumber: 'NO-SUCH-CASE' });

    const handle = await cases.openTask(c.id, 'handle');
    expect(handle.candidateGroups).toEqual(['dept_elder_care']);
    const { task } = (await engine.admin.get<{ task: { dueAt: string | null } }>(`/api/tasks/${handle.id}`)).body;
    const { dueAt } = (await engine.admin.get<{ dueAt: string }>('/api/calendar/deadline?workingDays=13')).body;
    expect(Math.abs(new Date(task.dueAt ?? 0).getTime() - new Date(dueAt).getTime())).toBeLessThan(60_000);

    await fireTimer(c.id, 'handling-urge');
    const urged = await eventually(async () => (await notices(member, c.id)).find((n) => n.title.startsWith('催办')), 30_000, '催办 in the app');
    expect(urged.title).toContain('75%');
    await eventually(async () => (await cases.sms(c.id)).find((m) => m.phone === MEMBER_PHONE && m.content.startsWith('催办')), 30_000, '催办 by SMS');

    await fireTimer(c.id, 'handling-overdue');
    await eventually(async () => (await notices(head, c.id)).find((n) => n.title.startsWith('督办') && n.level === 'urgent'), 30_000, '督办 to the head');
    expect((await notices(member, c.id)).some((n) => n.title.startsWith('督办'))).toBe(false);

    await cases.complete(c.id, 'handle', { handlingResult: '已约谈服务商，调整配送路线' });
    await cases.complete(c.id, 'reply', { replyMethod: 'call', replyContent: '已责成服务商调整配送，今后准时送达' });
    await cases.complete(c.id, 'return-visit', { satisfaction: 'unsatisfied', redoReason: '第二天又晚了' });

    const redo = await cases.openTask(c.id, 'handle');
    expect(redo.id).not.toBe(handle.id);
    expect(redo.candidateGroups).toEqual(['dept_elder_care']);
    await cases.complete(c.id, 'handle', { handlingResult: '更换配送员，连续一周抽查' });
    await cases.complete(c.id, 'reply', { replyMethod: 'sms', replyContent: '已更换配送员' });
    await cases.complete(c.id, 'return-visit', { satisfaction: 'satisfied' });

    // The case it names has no order: the provider cannot be rated, and the complaint still closes.
    expect(await closed(c.id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
  });

  it('given the redo limit reached, when the caller is still unsatisfied, then a supervisor decides and may close it', async () => {
    const c = await open({ complaintKind: 'complaint', complaintSubject: 'hotline', description: '热线占线太久', maxRedo: 0 });
    expect((await cases.openTask(c.id, 'handle')).candidateGroups).toEqual(['dept_office']);
    await cases.complete(c.id, 'handle', { handlingResult: '高峰期增加坐席' });
    await cases.complete(c.id, 'reply', { replyMethod: 'call', replyContent: '已增加坐席' });
    await cases.complete(c.id, 'return-visit', { satisfaction: 'very_unsatisfied', redoReason: '还是打不进来' });
    const decision = await cases.openTask(c.id, 'supervisor-decision');
    expect(decision.candidateGroups).toEqual(['supervisors']);
    await cases.complete(c.id, 'supervisor-decision', { supervisorDecision: 'close', supervisorNote: '已采取措施，向来电人说明' });
    expect(await closed(c.id)).toMatchObject({ status: 'closed', satisfaction: 'very_unsatisfied' });
  });

  it('given an analyst changes the policy row of the routing table and publishes it, when the next complaint about a policy arrives, then it goes to the new group, with no change to the process', async () => {
    const before = await open({ complaintKind: 'suggestion', complaintSubject: 'policy', description: '建议提高高龄津贴' });
    expect((await cases.openTask(before.id, 'handle')).candidateGroups).toEqual(['dept_assistance']);

    const { xml, version } = (await engine.admin.get<{ xml: string; version: { version: number; status: string } }>('/api/decisions/complaint-routing')).body;
    expect(version.status).toBe('published');
    const changed = xml.replace('<outputEntry id="r4-group"><text>&quot;dept_assistance&quot;</text></outputEntry>', '<outputEntry id="r4-group"><text>&quot;dept_affairs&quot;</text></outputEntry>');
    expect(changed).not.toBe(xml);
    const saved = await engine.admin.post<{ version: { version: number } }>('/api/decisions/complaint-routing/versions', { xml: changed });
    expect(saved.status).toBe(201);
    await expectStatus(engine.admin.post(`/api/decisions/complaint-routing/versions/${saved.body.version.version}/publish`), 200);

    const after = await open({ complaintKind: 'suggestion', complaintSubject: 'policy', description: '建议简化残疾人补贴申请' });
    expect((await cases.openTask(after.id, 'handle')).candidateGroups).toEqual(['dept_affairs']);
    const versions = (await engine.admin.get<{ versions: { version: number; status: string }[] }>('/api/decisions/complaint-routing')).body.versions;
    expect(versions.map((v) => v.status)).toEqual(['published', 'superseded']);
  });

  it('given a caller who asks for confidentiality, when another agent, an admin, a provider’s user, the intake agent and an auditor look, then only the intake agent and the auditor see who called, each read audited, and the process never holds the identity', async () => {
    const NAME = '李秀兰';
    const PHONE = '13905319999';
    const intake = await staff(`intake_agent_${name}`, ['agent'], ['hotline'], null);
    const other = await staff(`other_agent_${name}`, ['agent'], ['hotline'], null);
    const auditor = await staff(`case_auditor_${name}`, ['auditor'], [], null);
    await seedRegistry(engine.admin);
    const provider = await createProvider(engine.admin);
    const providerUser = await userOf(engine, `complained_provider_${name}`, ['provider_admin'], provider.id);
    const res = await intake.post<{ case: { id: string; caseNumber: string; confidential: boolean } }>('/api/cases', { serviceType: 'complaint', channel: 'phone', variables: { complaintKind: 'complaint', complaintSubject: 'worker', description: '护理员上门时态度恶劣', confidential: true, callerName: NAME, callerPhone: PHONE } });
    expect(res.status).toBe(201);
    const c = res.body.case;
    opened.push(c.id);
    expect(c.confidential).toBe(true);

    const handle = await cases.openTask(c.id, 'handle');
    for (const client of [other, engine.admin]) {
      const seen = JSON.stringify((await client.get(`/api/cases/${c.id}`)).body) + JSON.stringify((await client.get(`/api/tasks/${handle.id}`)).body);
      expect(seen).not.toContain(PHONE);
      expect(seen).not.toContain(NAME);
      expect((await client.get(`/api/cases/${c.id}/caller`)).status).toBe(403);
    }
    expect((await providerUser.get(`/api/cases/${c.id}`)).status).toBe(403);
    expect((await providerUser.get(`/api/cases/${c.id}/caller`)).status).toBe(403);

    expect((await intake.get<{ caller: unknown }>(`/api/cases/${c.id}/caller`)).body.caller).toEqual({ name: NAME, phone: PHONE });
    expect((await auditor.get<{ caller: unknown }>(`/api/cases/${c.id}/caller`)).body.caller).toEqual({ name: NAME, phone: PHONE });
    const entries = (await auditor.get<{ entries: { action: string; actorName: string | null; username?: string }[] }>(`/api/audit?entityType=case&entityId=${c.id}`)).body.entries;
    expect(entries.filter((e) => e.action === 'case.caller_read')).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain(PHONE);

    const { case: view } = (await engine.admin.get<CaseView>(`/api/cases/${c.id}`)).body;
    const history = await testEngine().get<{ name: string; value: unknown }[]>('/history/variable-instance', { processInstanceId: view.processInstanceKey ?? '' });
    expect(history.find((v) => v.name === 'callerPhone')?.value).toBe('');
    expect(JSON.stringify(history)).not.toContain(PHONE);
  });
});
