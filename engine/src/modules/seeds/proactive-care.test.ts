import { ApiClient } from '../../../test/support/api-client';
import { DAUGHTER, ELDER_PHONE, proactiveCareReader, proactiveCareWorld, SON, triesAt, visitDone } from '../../../test/support/proactive-care-fixtures';
import { caseHistory } from '../../../test/support/emergency-fixtures';
import { PHOTO } from '../../../test/support/household-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type InboxRow = { id: string; elementId: string; priorityRank: number; candidateGroups: string[] };
const MESSAGE = '奶奶您好，这里是养老服务热线，今天身体还好吗？一切都好请按 1，需要帮助请按 2。';

/**
 * The shipped 主动关怀 process on the run's engine, each occurrence opened as the care plans open it
 * (channel plan, the elder, the CareCaseVariables), but straight through POST /api/cases.
 */
describe.each(testDatabases())('the proactive-care service type on $name', ({ create }) => {
  const opened: string[] = [];
  // Before the engine's own afterAll (which stops it): hooks run in the order they are declared.
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = proactiveCareReader(engine);
  const { reached, stepDone } = caseHistory(cases, () => engine.admin);
  let world: { elderId: string; unservedElderId: string; station: ApiClient };

  beforeAll(async () => {
    world = await proactiveCareWorld(engine);
  });

  const open = async (careChannel: 'robot' | 'agent' | 'visit', variables: Record<string, unknown> = {}, elderId = world.elderId) => {
    const occurrence = { carePlanId: 'plan-1', careOccurrenceId: `occ-${opened.length}`, careKind: 'care_call', careChannel, careMessage: MESSAGE, careTries: triesAt(0), careGroup: 'care_team', visitWithin: 'PT24H', scheduledOn: '2026-12-05' };
    const res = await engine.admin.post<{ case: { id: string; priority: string } }>('/api/cases', { serviceType: 'proactive-care', channel: 'plan', elderId, variables: { ...occurrence, ...variables } });
    if (res.status !== 201) throw new Error(`case not opened: ${res.status} ${JSON.stringify(res.body)}`);
    opened.push(res.body.case.id);
    return res.body.case;
  };
  /** The texts of the case to the children (the station's order notice goes to its contact phone). */
  const relativesTexted = async (caseId: string) => (await cases.sms(caseId)).filter((m) => m.phone === SON || m.phone === DAUGHTER);
  const inboxRow = async (caseId: string, elementId: string) => {
    const task = await cases.openTask(caseId, elementId);
    return (await engine.admin.get<{ tasks: InboxRow[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks.find((t) => t.id === task.id)!;
  };

  it('given a fresh engine, then the seed has published 主动关怀 in the care category for plans and phone calls, with its forms and the 上门探视 item', async () => {
    const { serviceType } = (await engine.admin.get<{ serviceType: { nameZh: string; category: string; publishedVersion: number | null } }>('/api/service-types/proactive-care')).body;
    expect(serviceType).toMatchObject({ nameZh: '主动关怀', category: 'care', publishedVersion: 1 });
    const { version } = (await engine.admin.get<{ version: { settings: { channels: string[]; priority: string } } }>('/api/service-types/proactive-care/versions/1')).body;
    expect(version.settings).toMatchObject({ priority: 'normal', channels: ['plan', 'phone'] });
    const forms = (await engine.admin.get<{ forms: { key: string }[] }>('/api/forms')).body.forms.map((f) => f.key).filter((k) => k.startsWith('care-'));
    expect(forms.sort()).toEqual(['care-arrange-visit', 'care-call', 'care-callback', 'care-open-rescue', 'care-visit-result']);
    const items = (await engine.admin.get<{ items: { code: string; category: string; active: boolean }[] }>('/api/service-items')).body.items;
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'care_visit', category: 'care', active: true })]));
  });

  it('given an agent opens a care call by hand on the phone channel with no plan, then the hotline gets 关怀电话 with the model’s default message', async () => {
    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'proactive-care', channel: 'phone', elderId: world.elderId });
    expect(res.status).toBe(201);
    opened.push(res.body.case.id);
    const task = await inboxRow(res.body.case.id, 'care-call');
    expect(task.candidateGroups).toEqual(['hotline']);
    const { variables } = (await engine.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${task.id}`)).body.task;
    expect(variables).toMatchObject({ careChannel: 'agent', careOutcome: 'pending', careMessage: expect.stringContaining('关怀电话') });
  });

  it('given a robot care call due now, when the elder presses 1, then the case closes as fine after one call reading the plan’s message', async () => {
    const c = await open('robot');
    expect(c.priority).toBe('normal');
    const call = await cases.answer(c.id, ELDER_PHONE, '1');
    expect((await engine.admin.get<{ call: { message: string; confirmDigit: string; toName: string } }>(`/api/calls/${call.id}`)).body.call).toMatchObject({ message: MESSAGE, confirmDigit: '1', toName: '王秀英' });
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'fine', careTriesMade: 1 });
    expect((await cases.calls(c.id)).map((x) => x.to)).toEqual([ELDER_PHONE]);
    await reached(c.id, '老人平安');
  });

  it('given a robot care call, when the elder presses 2, then the care group gets 回拨老人 at emergency rank and the outcome is needs_help', async () => {
    const c = await open('robot');
    await cases.answer(c.id, ELDER_PHONE, '2');
    const callback = await inboxRow(c.id, 'callback');
    expect(callback).toMatchObject({ priorityRank: 0, candidateGroups: ['care_team'] });
    expect(await cases.variables(c.id)).toMatchObject({ careOutcome: 'needs_help', careTriesMade: 1 });
    await cases.complete(c.id, 'callback', { elderNeed: '腿疼下不了楼，需要买药', callbackResult: 'case_opened', careNeedKinds: ['household-help'] });
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'needs_help' });
    await reached(c.id, '已回拨');
  });

  it('given three tries, when none is answered, then each try waits for its own time, each child is called once in order and texted once, and the community station is sent a 上门探视 whose worker’s result closes the case', async () => {
    const tries = triesAt(-1, 90, 180);
    const c = await open('robot', { careTries: tries });
    await cases.answer(c.id, ELDER_PHONE, null);
    for (const [i, at] of tries.slice(1).entries()) {
      // The next try is not placed before its time: its timer is due then, and nothing rings meanwhile.
      expect(new Date((await cases.timer(c.id, 'try-wait')).dueDate).getTime()).toBe(new Date(at).getTime());
      expect(await cases.calls(c.id)).toHaveLength(i + 1);
      await cases.fire(c.id, 'try-wait');
      await cases.answer(c.id, ELDER_PHONE, null);
    }
    // The son does not answer; the daughter answers without confirming: both are texted.
    await cases.answer(c.id, SON, null);
    await cases.answer(c.id, DAUGHTER, '9');
    await reached(c.id, '已短信通知亲属');
    expect(await cases.variables(c.id)).toMatchObject({ careOutcome: 'unreached', careTriesMade: 3 });
    expect((await cases.calls(c.id)).map((x) => x.to)).toEqual([ELDER_PHONE, ELDER_PHONE, ELDER_PHONE, SON, DAUGHTER]);
    const texted = await relativesTexted(c.id);
    expect(texted.map((m) => m.phone).sort()).toEqual([SON, DAUGHTER]);
    expect(texted[0].content).toContain('王秀英今天的关怀电话3次未接通');

    const order = await cases.order(c.id);
    expect(order).toMatchObject({ serviceItem: 'care_visit', areaCode: '370102001001' });
    // Finishing a visit needs what the worker found.
    expect((await world.station.get<{ dispatch: { asksVisitResult: boolean } }>(`/api/dispatches/${order.id}`)).body.dispatch.asksVisitResult).toBe(true);
    await visitDone(world.station, order.id, 'fine', '老人在楼下晒太阳，电话没带');
    await stepDone(c.id, '等待上门探视');
    // The worker's result closes the case: nobody at the hotline records it again.
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'visited_fine', visitResult: 'fine', careTriesMade: 3 });
    expect((await cases.detail(c.id)).tasks.map((t) => t.elementId)).not.toContain('record-visit');
    // Nothing sent twice: one call per child, one text per child, one order.
    expect((await cases.calls(c.id)).filter((x) => x.to !== ELDER_PHONE).map((x) => x.to).sort()).toEqual([SON, DAUGHTER]);
    expect(await relativesTexted(c.id)).toHaveLength(2);
    expect(await cases.orders(c.id)).toHaveLength(1);
  });

  it('given tries whose times have all passed (the quiet hours were over before the case opened), when none but the last is answered, then they are placed one after another in order without waiting', async () => {
    const c = await open('robot', { careTries: triesAt(-180, -120, -60) });
    await cases.answer(c.id, ELDER_PHONE, null);
    await cases.answer(c.id, ELDER_PHONE, null);
    await cases.answer(c.id, ELDER_PHONE, '1');
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'fine', careTriesMade: 3 });
    expect((await cases.calls(c.id)).map((x) => x.outcome)).toEqual(['no_answer', 'no_answer', 'confirmed']);
    expect(await cases.sms(c.id)).toEqual([]);
  });

  it('given a robot call answered without a key, then an agent of the care group gets 关怀电话 at normal rank, and the care call recorded closes the case', async () => {
    const c = await open('robot');
    await cases.answer(c.id, ELDER_PHONE, '');
    expect(await inboxRow(c.id, 'care-call')).toMatchObject({ priorityRank: 2, candidateGroups: ['care_team'] });
    await cases.complete(c.id, 'care-call', { careReached: 'yes', careHealth: 'fair', careMood: 'calm', careNeedsHelp: 'no', careNextContact: 'as_planned' });
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'fine', careTriesMade: 1 });
  });

  it('given an agent care call the elder does not answer, when the son confirms the robot call, then the daughter is neither called nor texted and the visit goes on', async () => {
    const c = await open('agent');
    const task = await inboxRow(c.id, 'care-call');
    expect(task).toMatchObject({ priorityRank: 2, candidateGroups: ['care_team'] });
    const refused = await engine.admin.post<{ error: { details: { path: string }[] } }>(`/api/tasks/${task.id}/complete`, { variables: { careReached: 'yes' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d) => d.path)).toEqual(expect.arrayContaining(['careHealth', 'careNeedsHelp']));
    await cases.complete(c.id, 'care-call', { careReached: 'no', careNote: '响铃无人接' });
    await cases.answer(c.id, SON, '1');
    await reached(c.id, '亲属已确认');
    expect((await cases.calls(c.id)).map((x) => x.to)).toEqual([SON]);
    expect(await cases.order(c.id)).toMatchObject({ serviceItem: 'care_visit' });
    expect(await relativesTexted(c.id)).toEqual([]);
    expect(await cases.variables(c.id)).toMatchObject({ careOutcome: 'unreached', careTriesMade: 1 });
  });

  it('given a home visit for an elder no provider serves, when the supervisors arrange it and the elder is not found, then the supervisors are asked to open 紧急救助 at emergency rank and the outcome is not_found', async () => {
    const c = await open('visit', {}, world.unservedElderId);
    expect(await inboxRow(c.id, 'arrange-visit')).toMatchObject({ candidateGroups: ['supervisors'] });
    expect(await cases.orders(c.id)).toEqual([]);
    await cases.complete(c.id, 'arrange-visit', { visitArrangement: 'community', visitArrangeNote: '社区李主任 30 分钟内上门' });
    await cases.complete(c.id, 'record-visit', { visitResult: 'not_found', visitNote: '敲门无人应答，邻居称两天未见' });
    expect(await inboxRow(c.id, 'open-rescue')).toMatchObject({ priorityRank: 0, candidateGroups: ['supervisors'] });
    expect(await cases.variables(c.id)).toMatchObject({ careOutcome: 'not_found' });
    await cases.complete(c.id, 'open-rescue', { rescueCaseNumber: 'GD20261205-000001' });
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'not_found' });
    expect(await cases.calls(c.id)).toEqual([]);
  });

  /** The station's order for the case, once a visit straight away (channel visit) dispatched it. */
  const visitOrder = async (caseId: string) => {
    const order = await cases.order(caseId);
    expect(order).toMatchObject({ serviceItem: 'care_visit' });
    return order;
  };

  it('given a visit order, when the worker finishes it without a result or with one it does not know, then it is refused and the order stays started', async () => {
    const c = await open('visit');
    const order = await visitOrder(c.id);
    await world.station.post(`/api/dispatches/${order.id}/accept`, {});
    await world.station.post(`/api/dispatches/${order.id}/start`, {});
    const photo = (await world.station.upload<{ file: { id: string } }>('/api/files?name=visit.png', PHOTO, 'image/png')).body.file.id;
    for (const visitResult of [undefined, 'gone']) {
      const refused = await world.station.post<{ error: { details: { path: string }[] } }>(`/api/dispatches/${order.id}/finish`, { photoFileId: photo, ...(visitResult ? { visitResult } : {}) });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.map((d) => d.path)).toEqual(['visitResult']);
    }
    expect((await world.station.get<{ dispatch: { status: string } }>(`/api/dispatches/${order.id}`)).body.dispatch.status).toBe('started');
  });

  it('given a visit, when the worker reports the elder needs help, then the care group gets 跟进探视发现的需求 and the outcome is visit_needs_help', async () => {
    const c = await open('visit');
    await visitDone(world.station, (await visitOrder(c.id)).id, 'needs_help', '老人腿疼下不了楼，需要买菜');
    expect(await inboxRow(c.id, 'visit-follow-up')).toMatchObject({ candidateGroups: ['care_team'] });
    expect(await cases.variables(c.id)).toMatchObject({ careOutcome: 'visit_needs_help', visitResult: 'needs_help' });
    await cases.complete(c.id, 'visit-follow-up', { elderNeed: '腿疼下不了楼，需要买菜', callbackResult: 'relayed', callbackNote: '已联系社区志愿者代买菜' });
    expect(await cases.closed(c.id)).toMatchObject({ careOutcome: 'visit_needs_help' });
  });

  it('given a visit, when the worker reports the elder not found (twice, as a flaky network sends it), then one 紧急救助 case opens at once for her, the care case names it and closes as not_found, and the supervisors are not asked', async () => {
    const c = await open('visit');
    const order = await visitOrder(c.id);
    await visitDone(world.station, order.id, 'not_found', '敲门无人应答，邻居称两天未见');
    const closed = await cases.closed(c.id);
    expect(closed).toMatchObject({ careOutcome: 'not_found', rescueCaseNumber: expect.any(String) });
    const rescue = (await engine.admin.get<{ cases: { id: string; caseNumber: string; priority: string; elderId: string }[] }>(`/api/cases?serviceType=emergency-rescue&elderId=${world.elderId}`)).body.cases;
    expect(rescue).toEqual([expect.objectContaining({ caseNumber: closed.rescueCaseNumber, priority: 'emergency', elderId: world.elderId })]);
    opened.push(rescue[0].id);
    // The hotline confirms it as any alarm; the worker is who opened it.
    expect(await cases.openTask(rescue[0].id, 'confirm-alarm')).toBeTruthy();
    expect((await cases.detail(c.id)).tasks.map((t) => t.elementId)).not.toContain('open-rescue');
    expect((await cases.detail(c.id)).timeline.find((e) => e.type === 'care.rescue_opened')).toMatchObject({ data: { caseNumber: closed.rescueCaseNumber } });
    // The same finish again (a retry from the phone) opens nothing more.
    const again = await world.station.post(`/api/dispatches/${order.id}/finish`, { photoFileId: (await world.station.get<{ dispatch: { photoFileIds: string[] } }>(`/api/dispatches/${order.id}`)).body.dispatch.photoFileIds[0], visitResult: 'not_found' });
    expect(again.status).toBe(200);
    expect((await engine.admin.get<{ cases: unknown[] }>(`/api/cases?serviceType=emergency-rescue&elderId=${world.elderId}`)).body.cases).toHaveLength(1);
  });
});
