import { at, CARE_CONFIG, careWorld } from '../../../test/support/care-plan-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { CarePlanEntity } from './entities';

type Rule = { id: string; active: boolean; plans: number };

/** 李桂兰: living alone in 燕子山社区, 84 in March 2027; her file is made after the rule. */
const LI_GUILAN = { name: '李桂兰', gender: 'female', birthDate: '1942-11-20', phones: [{ number: '13905318888' }], address: '历下区燕子山路 9 号', areaCode: '370102001002', livingSituation: 'alone' };

describe.each(testDatabases())('care rules on $name', ({ create }) => {
  const engine = useTestEngine(create, { care: CARE_CONFIG });
  const world = careWorld(engine);
  const plansOfRule = (ruleId: string) => engine.running.dataSource.getRepository(CarePlanEntity).findBy({ ruleId });
  let wangId: string;
  let zhangId: string;

  beforeAll(async () => {
    wangId = await world.setUp();
    zhangId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', { ...ZHANG_SANFENG, communityWorker: { name: '赵社工', phone: '13905319999' } })).body.elder.id;
  });

  const rule = { name: '文化东路街道独居高龄老人每周关怀', filter: { areaCode: '370102001', livingSituations: ['alone'], minAge: 80 }, kind: 'care_call', channel: 'robot', schedule: { kind: 'weekly', weekdays: [1] } };

  it('given a rule for elders living alone aged 80+ in the street, when made and when passes run (two engines at once among them), then each matching elder has one plan of it, a new file on the next pass, and no one else', async () => {
    const made = await engine.admin.post<{ rule: Rule }>('/api/care-rules', rule);
    expect([made.status, made.body.rule.active, made.body.rule.plans]).toEqual([201, true, 1]);
    const ruleId = made.body.rule.id;
    expect((await plansOfRule(ruleId)).map((p) => p.elderId)).toEqual([wangId]);
    expect((await world.plansOf(wangId)).find((p) => p.ruleId === ruleId)).toMatchObject({ status: 'active', schedule: { kind: 'weekly', weekdays: [1] } });

    const li = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', LI_GUILAN)).body.elder.id;
    expect(await plansOfRule(ruleId)).toHaveLength(1);
    // Tuesday 07:00: no Monday plan is due, and the quiet hours are not over.
    await Promise.all([world.opener().runOnce(at('2027-03-02 07:00')), world.rival().runOnce(at('2027-03-02 07:00'))]);
    await world.opener().runOnce(at('2027-03-02 07:05'));
    const plans = await plansOfRule(ruleId);
    expect(plans.map((p) => p.elderId).sort()).toEqual([wangId, li].sort());
    expect(plans.find((p) => p.elderId === li)?.startsOn).toBe('2027-03-02');
    expect(plans.some((p) => p.elderId === zhangId)).toBe(false);
    expect((await engine.admin.get<{ rules: Rule[] }>('/api/care-rules')).body.rules.find((r) => r.id === ruleId)?.plans).toBe(2);
  });

  it('given a rule, when changed, then its standing plans follow; deactivated, a new match gets none and a second deactivation is refused', async () => {
    const { id } = (await engine.admin.post<{ rule: Rule }>('/api/care-rules', { ...rule, name: '高龄老人生日祝福', kind: 'birthday', schedule: { kind: 'birthday' }, filter: { ...rule.filter, livingSituations: [] } })).body.rule;
    expect((await engine.admin.request('PUT', `/api/care-rules/${id}`, { ...rule, name: '高龄老人周三关怀', schedule: { kind: 'weekly', weekdays: [3] } })).status).toBe(200);
    expect((await plansOfRule(id)).map((p) => p.schedule)).toEqual([{ kind: 'weekly', weekdays: [3] }, { kind: 'weekly', weekdays: [3] }]);
    const deactivated = await engine.admin.post<{ rule: Rule }>(`/api/care-rules/${id}/deactivate`);
    expect([deactivated.status, deactivated.body.rule.active, deactivated.body.rule.plans]).toEqual([200, false, 2]);
    await engine.admin.post('/api/elders', { ...LI_GUILAN, name: '李桂芝', phones: [{ number: '13905317777' }] });
    await world.opener().runOnce(at('2027-03-02 07:10'));
    expect(await plansOfRule(id)).toHaveLength(2);
    expect((await engine.admin.post(`/api/care-rules/${id}/deactivate`)).status).toBe(409);
  });

  it('given the community worker’s rule for everywhere, when made, then only elders whose file names a worker get it', async () => {
    const made = await engine.admin.post<{ rule: Rule }>('/api/care-rules', { ...rule, name: '社工每月探视', kind: 'home_visit', channel: 'visit', filter: {}, owner: { kind: 'community_worker' }, schedule: { kind: 'monthly', day: 1 } });
    expect(made.status).toBe(201);
    expect((await plansOfRule(made.body.rule.id)).map((p) => p.elderId)).toEqual([zhangId]);
  });

  it('given a supervisor of another district, when they list, change or make rules for this street or for everywhere, then they see none of them and are refused', async () => {
    const other = await loggedIn(engine, `care_supervisor_${engine.db.name}`, ['supervisor'], { areaScope: ['370103'] });
    const [first] = (await engine.admin.get<{ rules: Rule[] }>('/api/care-rules')).body.rules;
    expect((await other.get<{ rules: Rule[] }>('/api/care-rules')).body.rules).toEqual([]);
    expect((await other.request('PUT', `/api/care-rules/${first.id}`, rule)).status).toBe(404);
    expect((await other.post('/api/care-rules', rule)).status).toBe(403);
    expect((await other.post('/api/care-rules', { ...rule, filter: {} })).status).toBe(403);
    expect((await other.post('/api/care-rules', { ...rule, filter: { areaCode: '370103', livingSituations: ['no_such_code'] } })).status).toBe(400);
  });
});
