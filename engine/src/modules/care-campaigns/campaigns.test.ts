import { CAMPAIGN_CARE_CONFIG, campaignWorld, elderBody } from '../../../test/support/care-campaign-fixtures';
import { careWorld } from '../../../test/support/care-plan-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { proactiveCareReader } from '../../../test/support/proactive-care-fixtures';
import { ZHANG_SANFENG, WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { carePlansModule } from '../care-plans';
import { CaseEntity } from '../cases/entities';

const SECOND = 1000;
const after = (t: Date, seconds: number) => new Date(t.getTime() + seconds * SECOND);
const SUN_PHONE = '053188002003';

/** 关怀活动 on the shipped 主动关怀 service type: targets fixed by the filter, throttled calls, outcomes back. */
describe.each(testDatabases())('care campaigns on $name', ({ create, name }) => {
  // Declared before the engine's own hooks so it runs while the engine is up.
  afterAll(async () => world.cancelAll());
  const engine = useTestEngine(create, { care: { ...CAMPAIGN_CARE_CONFIG, callsPerMinute: 3 } });
  const world = campaignWorld(engine);
  const cases = proactiveCareReader(engine);
  const caseOf = (id: string) => engine.running.dataSource.getRepository(CaseEntity).findOneByOrFail({ id });
  const elderNames = async (campaignId: string) => (await world.targets(campaignId)).map((t) => world.names.get(t.elderId)).sort();
  /** A test clock well behind the wall clock: the calls' first tries are due at once, and the cases opened meanwhile lie outside its minutes. */
  const past = () => new Date(Date.now() - 20 * 60 * SECOND);
  let zhang: string;

  beforeAll(async () => {
    await world.setUpAreas();
    await world.addElder(WANG_XIUYING); // alone, 山大社区, born 1940
    zhang = await world.addElder(ZHANG_SANFENG); // empty nest, 燕子山社区
    await world.addElder(elderBody('李桂兰', '370102001002', '1935-05-01', 'alone', '053188002001'));
    await world.addElder(elderBody('赵小青', '370102001001', '1960-03-01', 'alone', '053188002002'));
    await world.addElder(elderBody('孙大山', '370103', '1938-07-01', 'alone', SUN_PHONE, 'male'));
    await world.addElder(elderBody('周玉兰', '370102001001', '1944-02-01', 'alone', '053188002004'));
    await world.addElder(elderBody('吴桂芝', '370102001002', '1952-06-01', 'alone', '053188002005'));
  });

  it('given the shared limit of 3 calls a minute, when a campaign at 600 a minute passes twice on the wall clock, then 3 open and none more, and a care plan due now waits for the next minute with its tries from then', async () => {
    const campaign = await world.create({ name: '历下区独居老人高温关怀', filter: { areaCode: '370102', livingSituations: ['alone'] }, callsPerMinute: 600 });
    expect([campaign.status, campaign.counts.targets]).toEqual(['running', 5]);
    expect(await world.throttle().budget(new Date())).toBe(3);
    expect(await world.opener().runOnce(new Date())).toBe(3);
    const now = new Date();
    expect(await world.throttle().budget(now)).toBe(0);
    expect(await world.opener().runOnce(now)).toBe(0);

    const plans = careWorld(engine);
    const today = engine.running.engine.given(carePlansModule).plans.today(now);
    const plan = await engine.admin.post<{ plan: { id: string } }>('/api/care-plans', { elderId: zhang, kind: 'care_call', channel: 'robot', schedule: { kind: 'every', days: 1 }, windowFrom: '00:00', windowTo: '23:59', startsOn: today });
    expect(plan.status).toBe(201);
    expect(await plans.opener().runOnce(now)).toBe(0);
    expect(await plans.opener().runOnce(after(now, 61))).toBe(1);
    const [occurrence] = await plans.occurrences({ planId: plan.body.plan.id });
    expect(JSON.parse(String((await cases.variables(occurrence.caseId)).careTries))[0]).toBe(after(now, 61).toISOString());
    await engine.admin.post(`/api/care-plans/${plan.body.plan.id}/end`);
    await engine.admin.post(`/api/care/campaigns/${campaign.id}/cancel`);
  });

  it('given elders in two districts, when campaigns are made, then each fixes the active elders its filter matches (area and below, living situation, age) within the maker’s area scope', async () => {
    const eighty = await world.create({ name: '八十岁以上独居', filter: { areaCode: '370102', livingSituations: ['alone'], minAge: 80 }, startAt: '2099-01-01T00:00:00.000Z' });
    expect([eighty.status, eighty.counts]).toEqual(['draft', { targets: 3, opened: 0, pending: 0, fine: 0, needsHelp: 0, escalated: 0, canceled: 0 }]);
    expect(await elderNames(eighty.id)).toEqual(['周玉兰', '李桂兰', '王秀英'].sort());
    const everyone = await world.create({ name: '全市', filter: {}, startAt: '2099-01-01T00:00:00.000Z' });
    expect(everyone.counts.targets).toBe(7);

    const supervisor = await loggedIn(engine, `campaign_sup_${name}`, ['supervisor'], { areaScope: ['370103'] });
    expect((await supervisor.post('/api/care/campaigns', { name: '越权', filter: { areaCode: '370102' } })).status).toBe(403);
    expect((await supervisor.post('/api/care/campaigns', { name: '全市', filter: {} })).status).toBe(403);
    const own = await world.create({ name: '市中区', filter: { areaCode: '370103', livingSituations: ['alone'] }, startAt: '2099-01-01T00:00:00.000Z' }, supervisor);
    expect(await elderNames(own.id)).toEqual(['孙大山']);
    const listed = (await supervisor.get<{ campaigns: { id: string }[] }>('/api/care/campaigns')).body.campaigns.map((c) => c.id);
    expect(listed).toEqual([own.id]);
    expect((await supervisor.get(`/api/care/campaigns/${eighty.id}`)).status).toBe(404);
    const agent = await loggedIn(engine, `campaign_agent_${name}`, ['agent']);
    expect((await agent.post('/api/care/campaigns', { name: '坐席', filter: { areaCode: '370103' } })).status).toBe(403);
    const none = await engine.admin.post<{ error: { details: { code: string }[] } }>('/api/care/campaigns', { name: '无人', filter: { areaCode: '370103', minAge: 120 } });
    expect([none.status, none.body.error.details[0].code]).toEqual([422, 'no_targets']);
    expect((await engine.admin.post('/api/care/campaigns', { name: '坏模板', filter: {}, message: '{地址}' })).status).toBe(400);
  });

  it('given a campaign of 5 at 2 calls a minute, when passes run at t, t+10s and t+70s, then 2, 0 and 2 open; paused none; canceled, its calls under way are canceled and the rest never open', async () => {
    const t = past();
    const campaign = await world.create({ name: '节前问候', filter: { areaCode: '370102', livingSituations: ['alone'] }, callsPerMinute: 2, startAt: t.toISOString() });
    expect(await world.opener().runOnce(after(t, -1))).toBe(0);
    expect(await world.opener().runOnce(t)).toBe(2);
    expect(await world.opener().runOnce(after(t, 10))).toBe(0);
    expect(await world.opener().runOnce(after(t, 70))).toBe(2);
    const { campaign: shown, targets } = await world.detail(campaign.id);
    expect(shown.counts).toMatchObject({ targets: 5, opened: 4, pending: 4 });
    expect(targets.filter((r) => r.caseNumber !== null)).toHaveLength(4);

    expect((await engine.admin.post(`/api/care/campaigns/${campaign.id}/pause`)).status).toBe(200);
    expect(await world.opener().runOnce(after(t, 140))).toBe(0);
    const canceled = await engine.admin.post<{ campaign: { status: string; counts: Record<string, number> } }>(`/api/care/campaigns/${campaign.id}/cancel`);
    expect([canceled.status, canceled.body.campaign.status, canceled.body.campaign.counts.canceled]).toEqual([200, 'canceled', 5]);
    for (const c of await world.casesOf(campaign.id)) expect(await caseOf(c.id)).toMatchObject({ status: 'canceled', cancelReason: '关怀活动已取消' });
    expect(await world.opener().runOnce(after(t, 200))).toBe(0);
    expect((await engine.admin.post(`/api/care/campaigns/${campaign.id}/resume`)).status).toBe(409);
  });

  it('given a robot campaign to one elder, when she presses 1, then the target is fine, the case closed and the campaign done', async () => {
    // The calls of the campaigns canceled above still ring on the simulator, holding the call worker's slots: they go unanswered now.
    for (const call of (await engine.admin.get<{ items: { id: string }[] }>('/api/calls?status=ringing')).body.items) await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/no-answer`);
    const t = past();
    const campaign = await world.create({ name: '市中区高温关怀', filter: { areaCode: '370103' }, message: '{姓名}{称呼}您好，高温天气请注意防暑。平安请按 1，需要帮助请按 2。', startAt: t.toISOString() });
    expect(await world.opener().runOnce(t)).toBe(1);
    const [target] = await world.targets(campaign.id);
    await cases.hurry(target.caseId!, 'try-wait');
    await cases.answer(target.caseId!, SUN_PHONE, '1');
    expect(await cases.closed(target.caseId!)).toMatchObject({ careOutcome: 'fine', careCampaignTargetId: target.id, careMessage: '孙大山爷爷您好，高温天气请注意防暑。平安请按 1，需要帮助请按 2。' });
    const { campaign: done, targets } = await world.detail(campaign.id);
    expect([done.status, done.counts.fine, done.counts.pending]).toEqual(['done', 1, 0]);
    expect(targets).toEqual([expect.objectContaining({ elderName: '孙大山', outcome: 'fine', caseId: target.caseId })]);
  });

  it('given plans held back by the limit of 3, when the opener passes between its full passes, then only what was held back opens as the minute frees, and a plan made meanwhile waits for the next full pass', async () => {
    const plans = careWorld(engine);
    const cases = () => engine.running.dataSource.getRepository(CaseEntity);
    // The minute behind us, as if the cases opened so far were opened two minutes ago.
    const freeTheMinute = () => cases().createQueryBuilder().update().set({ openedAt: new Date(Date.now() - 120 * SECOND) }).execute();
    await freeTheMinute();
    const opener = plans.rival(60 * SECOND, CAMPAIGN_CARE_CONFIG);
    const now = new Date();
    const today = engine.running.engine.given(carePlansModule).plans.today(now);
    const daily = async (elderId: string) => {
      const res = await engine.admin.post<{ plan: { id: string } }>('/api/care-plans', { elderId, kind: 'care_call', channel: 'robot', schedule: { kind: 'every', days: 1 }, windowFrom: '00:00', windowTo: '23:59', startsOn: today });
      expect(res.status).toBe(201);
      return res.body.plan.id;
    };
    const [late, ...first] = [...world.names.keys()];
    const ids = [];
    for (const elderId of first.slice(0, 5)) ids.push(await daily(elderId));
    expect(await opener.runOnce(now)).toBe(3);
    await freeTheMinute();
    ids.push(await daily(late));
    // Between full passes: the two held back open, the new plan is not read yet.
    expect(await opener.runOnce(after(now, 10))).toBe(2);
    expect(await plans.occurrences({ planId: ids[5] })).toEqual([]);
    await freeTheMinute();
    expect(await opener.runOnce(after(now, 61))).toBe(1);
    expect(await plans.occurrences({ planId: ids[5] })).toHaveLength(1);
    for (const id of ids) await engine.admin.post(`/api/care-plans/${id}/end`);
  });
});
