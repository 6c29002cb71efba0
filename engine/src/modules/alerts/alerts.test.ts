import crypto from 'node:crypto';
import type { AlertRule, AlertRulesAnswer } from '@careflow/contracts';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { CaseEntity } from '../cases/entities';
import { UserEntity } from '../identity/entities';
import { NotificationEntity } from '../notifications/entities';
import { SmsMessageEntity } from '../sms/entities';
import { CallEntity, type Call } from '../telephony/entities';
import { alertsModule } from '.';

const MINUTE = 60_000;
const FORM = { type: 'object', properties: { note: { type: 'string' } } };

/**
 * 预警 on the real engine: a 历下区 supervisor and a whole-city duty lead (both with mobiles), a 市中区
 * supervisor (no mobile); cases of 王秀英 (历下区) moved past due, an alarm case left unconfirmed, and
 * inbound calls. Each crossing is told once, in-app with its link and by text; back within the
 * threshold it ends, and the next crossing is told again.
 */
describe.each(testDatabases())('alerts on $name', ({ create }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = () => engine.running.dataSource.getRepository(CaseEntity);
  const watch = () => engine.running.engine.given(alertsModule).watch;
  const noticesOf = async (username: string) => {
    const user = await engine.running.dataSource.getRepository(UserEntity).findOneByOrFail({ username });
    return engine.running.dataSource.getRepository(NotificationEntity).find({ where: { userId: user?.id }, order: { createdAt: 'ASC' } });
  };
  const texts = () => engine.running.dataSource.getRepository(SmsMessageEntity).find({ where: { source: 'alert' }, order: { createdAt: 'ASC' } });
  const rule = async (body: Record<string, unknown>, client: ApiClient = engine.admin) => {
    const res = await client.post<AlertRule>('/api/alerts/rules', body);
    expect(res.status).toBe(201);
    return res.body;
  };
  const rules = async (client: ApiClient = engine.admin) => (await client.get<AlertRulesAnswer>('/api/alerts/rules')).body;
  let lixia: ApiClient;
  let shizhong: ApiClient;
  let due: string[];
  let alarm: string;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    const wang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await engine.admin.post('/api/forms', { key: 'note-form', title: '记录', schema: FORM });
    await engine.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'visit' }, category: 'care' });
    const bpmnXml = chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'note-form', 'hotline', '上门探访') }]);
    await engine.admin.post('/api/service-types/visit/versions', { bpmnXml, settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone', 'alarm'], startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/visit/publish', { version: 1 })).status).toBe(200);
    await loggedIn(engine, 'duty_lead', ['supervisor'], { phone: '13800000001' });
    lixia = await loggedIn(engine, 'lixia_sup', ['supervisor'], { areaScope: ['370102'], phone: '13800000002' });
    shizhong = await loggedIn(engine, 'shizhong_sup', ['supervisor'], { areaScope: ['370103'] });
    await loggedIn(engine, 'desk_agent', ['agent'], { phone: '13800000003' });
    const open = async (channel: string) => {
      const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel, elderId: wang });
      expect(res.status).toBe(201);
      opened.push(res.body.case.id);
      return res.body.case.id;
    };
    // Two of 王秀英's cases past due, one not; an alarm case opened 5 minutes ago, nothing done on it.
    due = [await open('phone'), await open('phone')];
    await open('phone');
    for (const id of due) await cases().update({ id }, { dueAt: new Date(Date.now() - 30 * MINUTE) });
    alarm = await open('alarm');
    await cases().update({ id: alarm }, { openedAt: new Date(Date.now() - 5 * MINUTE) });
  });

  it('given rules that cannot work, when they are saved, then each is refused naming the field', async () => {
    const refused = async (body: Record<string, unknown>, field: string, client: ApiClient = engine.admin) => {
      const res = await client.post<{ error: { details: { path: string }[] } }>('/api/alerts/rules', body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d) => d.path)).toContain(field);
    };
    await refused({ kind: 'answer_rate', name: '接通率', threshold: 120 }, 'threshold');
    await refused({ kind: 'answer_rate', name: '接通率', threshold: 95, areaCode: '370102' }, 'areaCode');
    await refused({ kind: 'unconfirmed_alarms', name: '紧急呼叫', threshold: 1.5 }, 'threshold');
    await refused({ kind: 'overdue_cases', name: '超期', threshold: 3, minutes: 10 }, 'minutes');
    await refused({ kind: 'overdue_cases', name: '超期', threshold: 3, areaCode: '370103' }, 'areaCode', lixia);
    await refused({ kind: 'answer_rate', name: '接通率', threshold: 95 }, 'kind', lixia);
    expect((await rules()).rules).toEqual([]);
  });

  it('given more than 1 overdue case in 历下区, when the watch passes twice, then the 历下区 and city supervisors are told once, in-app with the link and by text, and the 市中区 one not at all', async () => {
    const overdue = await rule({ kind: 'overdue_cases', name: '历下区超期工单', threshold: 1, areaCode: '370102' }, lixia);
    const now = new Date();
    expect(await watch().runOnce(now)).toBe(1);
    expect(await watch().runOnce(new Date(now.getTime() + MINUTE))).toBe(0);

    for (const user of ['duty_lead', 'lixia_sup']) {
      const notices = await noticesOf(user);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ title: '预警：历下区超期工单', body: '已超期工单 2 件，超过 1 件（历下区）', level: 'urgent', link: '/cases?due=overdue&area=370102' });
    }
    expect(await noticesOf('shizhong_sup')).toEqual([]);
    expect(await noticesOf('desk_agent')).toEqual([]);
    expect((await texts()).map((t) => [t.phone, t.content])).toEqual(
      expect.arrayContaining([
        ['13800000001', '【养老服务热线 12349】预警：历下区超期工单。已超期工单 2 件，超过 1 件（历下区）'],
        ['13800000002', '【养老服务热线 12349】预警：历下区超期工单。已超期工单 2 件，超过 1 件（历下区）'],
      ]),
    );
    const listed = await rules(lixia);
    expect(listed.rules.find((r) => r.id === overdue.id)).toMatchObject({ lastValue: 2, crossedSince: expect.any(String) });
    expect(listed.crossings).toEqual([expect.objectContaining({ ruleId: overdue.id, value: 2, threshold: 1, notified: 2, texted: 2, endedAt: null })]);
    expect((await rules(shizhong)).rules).toEqual([]);
  });

  it('given the overdue cases back to one, then the crossing ends; past the threshold again, it is told again', async () => {
    await cases().update({ id: due[0] }, { dueAt: new Date(Date.now() + 60 * MINUTE) });
    expect(await watch().runOnce()).toBe(0);
    const after = await rules(lixia);
    expect(after.rules[0]).toMatchObject({ lastValue: 1, crossedSince: null });
    expect(after.crossings[0].endedAt).not.toBeNull();

    await cases().update({ id: due[0] }, { dueAt: new Date(Date.now() - MINUTE) });
    expect(await watch().runOnce()).toBe(1);
    expect(await noticesOf('lixia_sup')).toHaveLength(2);
    expect((await rules(lixia)).crossings).toHaveLength(2);
  });

  it('given an alarm unconfirmed for 5 minutes, when a rule allows none older than 2, then the city duty lead is told with a link to the wallboard; once someone confirms it, the crossing ends', async () => {
    await rule({ kind: 'unconfirmed_alarms', name: '紧急呼叫未确认', threshold: 0 });
    expect(await watch().runOnce()).toBe(1);
    const notice = (await noticesOf('duty_lead')).find((n) => n.title === '预警：紧急呼叫未确认');
    expect(notice).toMatchObject({ body: '超过 2 分钟未确认的紧急呼叫 1 起，超过 0 起', link: '/wallboard' });
    // A whole-city rule: 历下区's supervisor neither sees it nor is told.
    expect((await noticesOf('lixia_sup')).some((n) => n.title === '预警：紧急呼叫未确认')).toBe(false);
    expect((await rules(lixia)).rules.map((r) => r.kind)).toEqual(['overdue_cases']);

    await cases().update({ id: alarm }, { status: 'closed', closedAt: new Date() });
    expect(await watch().runOnce()).toBe(0);
    expect((await rules()).rules.find((r) => r.kind === 'unconfirmed_alarms')).toMatchObject({ lastValue: 0, crossedSince: null });
  });

  it('given the last hour’s inbound calls, when fewer than 10 have ended the answer rate is not judged; with 10 ended and 8 answered it is 80 %, under 95 %, and told', async () => {
    const answerRate = await rule({ kind: 'answer_rate', name: '接通率低于95%', threshold: 95 });
    const calls = engine.running.dataSource.getRepository(CallEntity);
    const call = (i: number, answered: boolean, startedAt: Date): Call => ({ id: crypto.randomUUID(), key: `alert-call-${engine.db.name}-${i}`, caseId: null, areaPath: null, direction: 'inbound', mode: 'inbound', from: `1390000${String(i).padStart(4, '0')}`, to: '12349', toName: null, message: null, confirmDigit: null, status: 'ended', outcome: answered ? 'answered' : 'no_answer', digits: null, hangupCause: null, adapter: 'simulator', startedAt, answeredAt: answered ? startedAt : null, endedAt: startedAt, durationSec: 60, recordingUrl: null, createdBy: 'switch' });
    const now = new Date();
    await calls.insert(Array.from({ length: 6 }, (_, i) => call(i, i < 4, new Date(now.getTime() - (10 + i) * MINUTE))));
    // An unanswered call two hours ago: outside the window.
    await calls.insert(call(99, false, new Date(now.getTime() - 120 * MINUTE)));
    expect(await watch().runOnce(now)).toBe(0);
    expect((await rules()).rules.find((r) => r.id === answerRate.id)).toMatchObject({ lastValue: null, crossedSince: null });

    await calls.insert(Array.from({ length: 4 }, (_, i) => call(10 + i, true, new Date(now.getTime() - 5 * MINUTE))));
    expect(await watch().runOnce(now)).toBe(1);
    const notice = (await noticesOf('duty_lead')).find((n) => n.title === '预警：接通率低于95%');
    expect(notice?.body).toBe('近 60 分钟接通率 80%，低于 95%（已结束来电 10 通）');
    expect((await rules()).rules.find((r) => r.id === answerRate.id)?.lastValue).toBe(80);
  });

  it('given a crossed rule, when its supervisor turns it off, then its crossing ends and it is checked no more; another area’s supervisor cannot reach it', async () => {
    const [overdue] = (await rules(lixia)).rules;
    expect((await shizhong.request('PUT', `/api/alerts/rules/${overdue.id}`, { kind: 'overdue_cases', name: 'x', threshold: 1, areaCode: '370103' })).status).toBe(404);
    const res = await lixia.request<AlertRule>('PUT', `/api/alerts/rules/${overdue.id}`, { kind: 'overdue_cases', name: '历下区超期工单', threshold: 1, areaCode: '370102', active: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, crossedSince: null });
    expect((await rules(lixia)).crossings.every((c) => c.endedAt !== null)).toBe(true);
    const before = (await noticesOf('lixia_sup')).length;
    await watch().runOnce();
    expect(await noticesOf('lixia_sup')).toHaveLength(before);
  });
});
