import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { OperatonRest } from '../../operaton/rest';
import { useTestEngine } from '../../../test/support/test-engine';
import { caseHistory, caseReader, emergencyWorld } from '../../../test/support/emergency-fixtures';

/**
 * The shipped 紧急救助 process (its Operaton model) on the run's engine, driven through the API as the desk would.
 * The case's story is the engine's history: steps by the model's element names, the named end events a path reached.
 */
describe.each(testDatabases())('the emergency-rescue service type on $name', ({ create }) => {
  const opened: string[] = [];
  // Declared before the engine's own hooks so it runs while the engine is up.
  afterAll(async () => {
    // Leave nothing waiting on the shared engine for the next test file.
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = caseReader(() => engine.admin);
  const { entry, stepDone, reached, story, taskResult } = caseHistory(cases, () => engine.admin);
  const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
  /** The job of the timer `activityId` once it waits (the model's deadlines default to PT5M and PT10M). */
  const timerJob = async (caseId: string, activityId: string) => {
    const instance = (await engine.admin.get<{ case: { processInstanceKey: string } }>(`/api/cases/${caseId}`)).body.case.processInstanceKey;
    const [job] = await eventually(async () => {
      const jobs = await rest.get<{ id: string; dueDate: string }[]>('/job', { processInstanceId: instance, activityId, timers: true });
      return jobs.length ? jobs : undefined;
    }, 60_000, `the timer ${activityId}`);
    return job;
  };
  /** The deadline of the timer `activityId` passes now: its job on the engine runs. */
  const deadlinePasses = async (caseId: string, activityId: string) => rest.post(`/job/${(await timerJob(caseId, activityId)).id}/execute`);
  /** Minutes from now until the timer is due, rounded. */
  const minutesUntil = async (caseId: string, activityId: string) => Math.round((Date.parse((await timerJob(caseId, activityId)).dueDate) - Date.now()) / 60_000);
  let elderId: string;
  let providerUser: ApiClient;

  beforeAll(async () => {
    ({ elderId, providerUser } = await emergencyWorld(engine));
  });

  const open = async (variables: Record<string, unknown> = {}) => {
    const res = await engine.admin.post<{ case: { id: string; priority: string } }>('/api/cases', {
      serviceType: 'emergency-rescue',
      channel: 'alarm',
      elderId,
      variables: { alarm: { terminalId: 'PD-0001', button: 'SOS', location: null, at: new Date().toISOString() }, ...variables },
    });
    if (res.status !== 201) throw new Error(`case not opened: ${res.status} ${JSON.stringify(res.body)}`);
    opened.push(res.body.case.id);
    return res.body.case;
  };
  /** SMS of the case to the children (the provider's order SMS goes to its contact phone). */
  const relativesTexted = async (caseId: string) => (await cases.sms(caseId)).map((m) => m.phone).filter((p) => p.startsWith('139')).sort();
  const confirmAndClassify = async (caseId: string, responseMode: 'dispatch' | 'handover') => {
    await cases.complete(caseId, 'confirm-alarm', { alarmOutcome: 'real', callBackNote: '老人在卫生间跌倒，意识清醒' });
    await cases.complete(caseId, 'classify', { emergencyType: 'fall', situation: '左腿疼痛，无法站立', responseMode });
  };

  it('given an alarm case of an elder with two children, when the agent confirms, nobody confirms the robot calls and a provider accepts, then both branches run, each child gets one SMS and the case closes with satisfaction', async () => {
    const opened = await open();
    expect(opened.priority).toBe('emergency');
    const confirm = await cases.openTask(opened.id, 'confirm-alarm');
    expect(confirm).toMatchObject({ candidateGroups: ['hotline'], formKey: 'emergency-confirm-alarm' });
    await confirmAndClassify(opened.id, 'dispatch');

    // Relatives, in call order: the son does not answer, the daughter answers but presses no 1.
    const son = await cases.ringing(opened.id, '13905310001');
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${son.id}/no-answer`)).status).toBe(200);
    await entry(opened.id, 'error.caught', { elementId: 'call-no-answer', name: '未接通' });
    const daughter = await cases.ringing(opened.id, '13905310002');
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${daughter.id}/answer`, { digits: '9' })).status).toBe(200);
    await reached(opened.id, '未确认');
    await stepDone(opened.id, '短信通知亲属');
    expect(await relativesTexted(opened.id)).toEqual(['13905310001', '13905310002']);
    await cases.complete(opened.id, 'confirm-relatives', { relativeContactName: '刘建华', relativeContactNote: '女儿已回电，正赶往' });
    await reached(opened.id, '亲属已联系');

    // The community worker: dispatched to the provider serving her community, who accepts.
    const order = await eventually(async () => (await providerUser.get<{ dispatches: { id: string; caseId: string }[] }>('/api/dispatches')).body.dispatches.find((d) => d.caseId === opened.id), 60_000, 'the dispatch');
    await stepDone(opened.id, '派社区工作人员');
    expect((await providerUser.post(`/api/dispatches/${order.id}/accept`, {})).status).toBe(200);
    await stepDone(opened.id, '等待接单');

    await cases.complete(opened.id, 'onsite-result', { onsiteOutcome: 'hospitalized', onsiteNote: '已送省立医院' });
    await cases.complete(opened.id, 'return-visit', { satisfaction: 'satisfied', returnVisitNote: '老人已出院' });
    const closed = await eventually(async () => {
      const d = await cases.detail(opened.id);
      return d.case.status === 'closed' ? d : undefined;
    }, 60_000, 'the closed case');
    expect(closed.case.satisfaction).toBe('satisfied');
    expect(await taskResult(opened.id, 'onsite-result')).toMatchObject({ onsiteOutcome: 'hospitalized', onsiteNote: '已送省立医院' });
    const told = story(closed.timeline);
    for (const step of ['确认警情', '警情分类', '机器人外呼亲属', '短信通知亲属', '确认亲属已联系', '派社区工作人员', '等待接单', '现场处置结果', '回访']) expect(told).toContain(`step.completed ${step}`);
    expect(told).toContain('end.reached 亲属已联系');
    // Both branches done, the case ends at 已结案 and closes; no deadline passed, nobody escalated.
    expect(told.slice(-2)).toEqual(['end.reached 已结案', 'case.closed']);
    expect(told).not.toContain('end.reached 亲属联系超时已升级');
    expect(told.filter((e) => e.startsWith('timer.fired'))).toEqual([]);
    expect(told.filter((e) => e.startsWith('step.started 通知值班长'))).toEqual([]);
    expect(await taskResult(opened.id, 'classify')).toMatchObject({ emergencyType: 'fall' });
    // Nothing sent twice: one SMS per child, one call per child.
    expect(await relativesTexted(opened.id)).toEqual(['13905310001', '13905310002']);
    expect((await cases.calls(opened.id)).map((c) => c.to).sort()).toEqual(['13905310001', '13905310002']);
  });

  it('given an alarm, when the call back finds a false alarm, then the case closes with the reason on its timeline and nobody is called or texted', async () => {
    const opened = await open();
    await cases.complete(opened.id, 'confirm-alarm', { alarmOutcome: 'false_alarm', falseAlarmReason: '老人打扫时误碰呼叫器' });
    const closed = await eventually(async () => {
      const d = await cases.detail(opened.id);
      return d.case.status === 'closed' ? d : undefined;
    }, 60_000, 'the closed case');
    expect(closed.timeline.slice(-2)).toEqual([
      expect.objectContaining({ type: 'end.reached', data: expect.objectContaining({ elementId: 'end-false-alarm', name: '误报已结案' }) }),
      expect.objectContaining({ type: 'case.closed' }),
    ]);
    expect(story(closed.timeline)).not.toContain('step.started 警情分类');
    expect(await taskResult(opened.id, 'confirm-alarm')).toMatchObject({ alarmOutcome: 'false_alarm', falseAlarmReason: '老人打扫时误碰呼叫器' });
    expect(await cases.calls(opened.id)).toEqual([]);
    expect(await cases.sms(opened.id)).toEqual([]);
  });

  it('given a false alarm without its reason, when the form is submitted, then it is refused and the task stays open', async () => {
    const opened = await open();
    const task = await cases.openTask(opened.id, 'confirm-alarm');
    const res = await engine.admin.post<{ error: { details: { path: string }[] } }>(`/api/tasks/${task.id}/complete`, { variables: { alarmOutcome: 'false_alarm' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.path)).toContain('falseAlarmReason');
    expect((await cases.detail(opened.id)).tasks.find((t) => t.id === task.id)?.status).toBe('created');
  });

  it('given one case opened with its own relatives deadline and one without, when their relatives are being reached, then each timer is due by its case’s deadline or the model’s default', async () => {
    const [own, usual] = [await open({ relativesReachWithin: 'PT2H' }), await open()];
    await confirmAndClassify(own.id, 'handover');
    await confirmAndClassify(usual.id, 'handover');
    expect(await minutesUntil(own.id, 'relatives-overdue')).toBe(120);
    expect(await minutesUntil(usual.id, 'relatives-overdue')).toBe(5);
  });

  it('given an alarm case, when the relatives deadline passes with no relative confirmed and the accept deadline with nobody accepting the order, then the supervisors are notified and one of them takes over the dispatch', async () => {
    const username = `duty_${engine.db.name}`;
    expect((await engine.admin.post('/api/users', { username, password: 'password-123', displayName: '值班长', roles: ['supervisor'], groups: ['supervisors'] })).status).toBe(201);
    const supervisor = new ApiClient(engine.running.url);
    await supervisor.login(username, 'password-123');
    const opened = await open();
    await confirmAndClassify(opened.id, 'dispatch');

    await deadlinePasses(opened.id, 'relatives-overdue');
    await entry(opened.id, 'timer.fired', { name: '亲属联系超时' });
    const escalated = await reached(opened.id, '亲属联系超时已升级');
    expect(escalated.case.status).toBe('open');
    expect(story(escalated.timeline)).toContain('step.completed 通知值班长');
    await stepDone(opened.id, '派社区工作人员');
    await deadlinePasses(opened.id, 'worker-accept-overdue');
    await entry(opened.id, 'timer.fired', { name: '接单超时' });
    await entry(opened.id, 'step.completed', { elementId: 'notify-supervisor-worker' });
    const takeOver = await cases.openTask(opened.id, 'worker-escalation');
    expect(takeOver.candidateGroups).toEqual(['supervisors']);
    const bell = (await supervisor.get<{ notifications: { title: string }[] }>('/api/notifications')).body.notifications.map((n) => n.title);
    expect(bell).toEqual(expect.arrayContaining([expect.stringContaining('未能及时联系到亲属'), expect.stringContaining('无人接单')]));
    // The relatives' calls go on after the escalation (the timer does not interrupt them).
    const son = await cases.ringing(opened.id, '13905310001');
    expect(son.status).toBe('ringing');
    await engine.admin.post(`/api/telephony/simulator/calls/${son.id}/no-answer`);
  });

  it('given a phone case with no elder file, when it is confirmed and a worker is asked for, then nobody is called or dispatched: the agent notes the relatives and the supervisors arrange the visit', async () => {
    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'emergency-rescue', channel: 'phone' });
    expect(res.status).toBe(201);
    opened.push(res.body.case.id);
    await confirmAndClassify(res.body.case.id, 'dispatch');
    await cases.openTask(res.body.case.id, 'confirm-relatives');
    await cases.openTask(res.body.case.id, 'worker-escalation');
    const { timeline } = await entry(res.body.case.id, 'step.completed', { elementId: 'notify-supervisor-worker' });
    // No area to dispatch in: the order is never attempted.
    expect(timeline.some((e) => e.data?.elementId === 'dispatch-worker')).toBe(false);
    expect((await engine.admin.get<{ dispatches: unknown[] }>(`/api/dispatches?caseId=${res.body.case.id}`)).body.dispatches).toEqual([]);
    expect(await cases.calls(res.body.case.id)).toEqual([]);
  });

  it('given a fall handed over to 120, when the son confirms the robot call and the agent records the handover, then nobody else is called or texted, no order is dispatched and the timeline names both', async () => {
    const opened = await open();
    await confirmAndClassify(opened.id, 'handover');
    const son = await cases.ringing(opened.id, '13905310001');
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${son.id}/answer`, { digits: '1' })).status).toBe(200);
    await reached(opened.id, '已电话联系到亲属');
    expect((await cases.calls(opened.id)).map((c) => c.to)).toEqual(['13905310001']);
    expect(await relativesTexted(opened.id)).toEqual([]);
    await cases.complete(opened.id, 'record-handover', { handoverTo: '120', handoverNote: '120 调度员张，单号 A123' });
    const recorded = await stepDone(opened.id, '记录转 120/110/119');
    expect(story(recorded.timeline)).toContain('end.reached 已电话联系到亲属');
    expect(await taskResult(opened.id, 'record-handover')).toMatchObject({ handoverTo: '120', handoverNote: '120 调度员张，单号 A123' });
    expect(recorded.timeline.some((e) => e.data?.elementId === 'dispatch-worker')).toBe(false);
    expect((await engine.admin.get<{ dispatches: unknown[] }>(`/api/dispatches?caseId=${opened.id}`)).body.dispatches).toEqual([]);
  });
});
