import { at, CARE_CONFIG, careWorld, PlanView } from '../../../test/support/care-plan-fixtures';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { historicVariable } from '../../operaton/instances';
import { OperatonRest } from '../../operaton/rest';
import { CaseEntity } from '../cases/entities';

type ErrorBody = { error: { code: string; details?: { path: string; code?: string }[] } };

/** The shipped 主动关怀 service type (seeds/proactive-care) runs each occurrence's case. */
describe.each(testDatabases())('care plans on $name', ({ create }) => {
  // Declared before the engine's own hooks so it runs while the engine is up.
  afterAll(async () => world.cancelRunning());
  const engine = useTestEngine(create, { care: CARE_CONFIG });
  const world = careWorld(engine);
  const cases = caseReader(() => engine.admin);
  const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
  const caseOf = (id: string) => engine.running.dataSource.getRepository(CaseEntity).findOneByOrFail({ id });
  let elderId: string;

  beforeAll(async () => {
    elderId = await world.setUp();
  });

  const record = async (body: Record<string, unknown>) => {
    const res = await engine.admin.post<{ plan: PlanView }>('/api/care-plans', { elderId, kind: 'care_call', channel: 'robot', schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2027-03-01', ...body });
    if (res.status !== 201) throw new Error(`plan not kept: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.plan;
  };

  it('given an agent’s care call every Tuesday from 09:00, when passes run before, at 09:00 twice at once and again, then one case opens at 09:00 with the filled message and times, and the agent’s answer is its outcome', async () => {
    const plan = await record({ channel: 'agent' });
    expect(plan.next).toEqual(['2027-03-02', '2027-03-09', '2027-03-16']);
    expect(await world.opener().runOnce(at('2027-03-01 09:00'))).toBe(0);
    expect(await world.opener().runOnce(at('2027-03-02 08:59'))).toBe(0);
    const counts = await Promise.all([world.opener().runOnce(at('2027-03-02 09:00')), world.rival().runOnce(at('2027-03-02 09:00'))]);
    expect(counts[0] + counts[1]).toBe(1);
    expect(await world.opener().runOnce(at('2027-03-02 09:05'))).toBe(0);
    const [occurrence] = await world.occurrences({ planId: plan.id });
    expect([occurrence.scheduledOn, occurrence.dueAt.toISOString(), occurrence.outcome]).toEqual(['2027-03-02', '2027-03-02T01:00:00.000Z', 'pending']);
    const opened = await caseOf(occurrence.caseId);
    expect([opened.serviceTypeKey, opened.channel, opened.elderId]).toEqual(['proactive-care', 'plan', elderId]);

    const call = await cases.openTask(opened.id, 'care-call');
    const { task } = (await engine.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${call.id}`)).body;
    expect(task.variables).toMatchObject({
      carePlanId: plan.id,
      careOccurrenceId: occurrence.id,
      careKind: 'care_call',
      careChannel: 'agent',
      careMessage: '奶奶您好，这里是养老服务热线，今天身体还好吗？一切都好请按 1，需要帮助请按 2。',
      careTries: ['2027-03-02T01:00:00.000Z', '2027-03-02T01:30:00.000Z', '2027-03-02T02:00:00.000Z'],
      careGroup: 'hotline',
      visitWithin: 'PT24H',
      scheduledOn: '2027-03-02',
    });
    await cases.complete(opened.id, 'care-call', { careReached: 'yes', careHealth: 'good', careMood: 'calm', careNeedsHelp: 'yes', careNeeds: '想请人打扫卫生' });
    const shown = await eventually(async () => (await world.plansOf(elderId)).find((p) => p.id === plan.id && p.occurrences[0]?.outcome !== 'pending'), 60_000, 'the outcome');
    expect(shown.occurrences).toEqual([expect.objectContaining({ scheduledOn: '2027-03-02', caseId: opened.id, caseNumber: opened.caseNumber, outcome: 'needs_help', tries: 1, closedAt: expect.any(String) })]);
    await engine.admin.post(`/api/care-plans/${plan.id}/end`);
  });

  it('given a robot call in a window from 07:00, when passes run at 07:30, 08:00 and after a restart, then one case opens at 08:00 with tries out of the quiet hours; paused, its case is canceled with the reason and nothing more opens', async () => {
    const plan = await record({ schedule: { kind: 'weekly', weekdays: [3] }, windowFrom: '07:00', windowTo: '07:30' });
    expect(await world.opener().runOnce(at('2027-03-03 07:30'))).toBe(0);
    expect(await world.opener().runOnce(at('2027-03-03 08:00'))).toBe(1);
    await engine.restart();
    expect(await world.opener().runOnce(at('2027-03-03 10:00'))).toBe(0);
    const [occurrence] = await world.occurrences({ planId: plan.id });
    expect(occurrence.dueAt.toISOString()).toBe('2027-03-03T00:00:00.000Z');
    const instance = await eventually(async () => (await caseOf(occurrence.caseId)).processInstanceKey ?? undefined, 60_000, 'the started case');
    expect(await historicVariable(rest, instance, 'careTries')).toEqual(['2027-03-03T00:00:00.000Z', '2027-03-03T00:30:00.000Z', '2027-03-03T01:00:00.000Z']);

    const paused = await engine.admin.post<{ plan: PlanView }>(`/api/care-plans/${plan.id}/pause`);
    expect([paused.status, paused.body.plan.status, paused.body.plan.next]).toEqual([200, 'paused', []]);
    expect(await caseOf(occurrence.caseId)).toMatchObject({ status: 'canceled', cancelReason: '关怀计划已暂停' });
    const { timeline } = await cases.detail(occurrence.caseId);
    expect(timeline.filter((e) => e.type === 'case.canceled').map((e) => e.data?.reason)).toEqual(['关怀计划已暂停']);
    expect((await world.occurrences({ planId: plan.id }))[0].outcome).toBe('canceled');
    expect(await world.opener().runOnce(at('2027-03-10 08:00'))).toBe(0);
    expect((await engine.admin.post(`/api/care-plans/${plan.id}/pause`)).status).toBe(409);
    await engine.admin.post(`/api/care-plans/${plan.id}/end`);
  });

  it('given a Thursday call the engine missed, when the pass runs on Friday, then it is not opened late; the next Thursday it opens even in the afternoon', async () => {
    const plan = await record({ schedule: { kind: 'weekly', weekdays: [4] } });
    expect(await world.opener().runOnce(at('2027-03-05 09:30'))).toBe(0);
    expect(await world.opener().runOnce(at('2027-03-11 16:00'))).toBe(1);
    expect((await world.occurrences({ planId: plan.id })).map((o) => o.scheduledOn)).toEqual(['2027-03-11']);
    const ended = await engine.admin.post<{ plan: PlanView }>(`/api/care-plans/${plan.id}/end`);
    expect(ended.body.plan.status).toBe('ended');
    expect((await world.occurrences({ planId: plan.id }))[0].outcome).toBe('canceled');
    expect((await engine.admin.post(`/api/care-plans/${plan.id}/resume`)).status).toBe(409);
  });

  it('given an elder who died with a daily call running, when the pass runs, then the plan ends by itself with the reason, audited, its case is canceled and nothing opens', async () => {
    const other = await engine.admin.post<{ elder: { id: string } }>('/api/elders', { ...ZHANG_SANFENG, communityWorker: { name: '赵社工', phone: '13905319999' } });
    expect(other.status).toBe(201);
    const plan = (await engine.admin.post<{ plan: PlanView }>('/api/care-plans', { elderId: other.body.elder.id, kind: 'care_call', channel: 'robot', schedule: { kind: 'every', days: 1 }, startsOn: '2027-03-01', owner: { kind: 'community_worker' } })).body.plan;
    expect(await world.opener().runOnce(at('2027-03-15 09:00'))).toBe(1);
    const [occurrence] = await world.occurrences({ planId: plan.id });
    expect((await engine.admin.post(`/api/elders/${other.body.elder.id}/status`, { status: 'deceased', note: '家属告知已病故' })).status).toBe(200);
    await world.opener().runOnce(at('2027-03-16 09:00'));
    expect(await world.occurrences({ planId: plan.id })).toHaveLength(1);
    expect((await world.plansOf(other.body.elder.id))[0]).toMatchObject({ status: 'ended', statusReason: '老人已去世', next: [] });
    expect(await caseOf(occurrence.caseId)).toMatchObject({ status: 'canceled', cancelReason: '老人已去世' });
    const audit = await engine.admin.get<{ entries: { action: string; after: { reason?: string } }[] }>(`/api/audit?entityType=care_plan&entityId=${plan.id}`);
    expect(audit.body.entries.map((e) => [e.action, e.after?.reason])).toContainEqual(['care_plan.end', '老人已去世']);
  });

  it('given bad plans, when kept, then each is refused naming the field (422 where the elder file cannot carry it) and nothing is stored', async () => {
    const before = (await world.plansOf(elderId)).length;
    const refused = async (body: Record<string, unknown>) => {
      const res = await engine.admin.post<ErrorBody>('/api/care-plans', { elderId, kind: 'care_call', channel: 'robot', schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2027-03-01', ...body });
      return [res.status, res.body.error.details?.[0]?.path, res.body.error.details?.[0]?.code];
    };
    expect(await refused({ owner: { kind: 'community_worker' } })).toEqual([422, 'owner', 'no_community_worker']);
    expect(await refused({ message: '{称呼}您好，{地址}' })).toEqual([400, 'message', undefined]);
    expect(await refused({ windowFrom: '11:00', windowTo: '09:00' })).toEqual([400, 'windowTo', undefined]);
    expect(await refused({ kind: 'reminder' })).toEqual([400, 'subject', 'required']);
    expect(await refused({ kind: 'home_visit' })).toEqual([400, 'channel', 'care_visit_channel']);
    expect(await refused({ schedule: { kind: 'weekly', weekdays: [8] } })).toEqual([400, 'schedule.weekdays.0', undefined]);
    expect(await refused({ elderId: 'no-such-elder' })).toEqual([400, 'elderId', undefined]);
    expect(await refused({ owner: { kind: 'group', group: 'no_such_group' } })).toEqual([400, 'owner.group', 'unknown_group']);
    expect((await world.plansOf(elderId)).length).toBe(before);
  });
});
