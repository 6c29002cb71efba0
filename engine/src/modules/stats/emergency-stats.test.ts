import { signRequest } from '@careflow/connectors';
import ExcelJS from 'exceljs';
import type { EmergencyReportAnswer, SatisfactionReportAnswer } from '@careflow/contracts';
import { loadEngineConfig } from '../../config';
import { type ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { caseHistory, caseReader, emergencyWorld } from '../../../test/support/emergency-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { localDay } from '../calendar/working-days';
import { CaseEntity } from '../cases/entities';
import { DispatchEntity } from '../dispatches/entities';
import { addDays } from '../periodic-needs/schedule';
import { TaskEntity } from '../tasks/entities';

const SECRET = 'pendant-gateway-secret-0123456789';
const SECOND = 1000;

/**
 * Three alarms for 王秀英 on the shipped 紧急救助, on the real engine: one from her pendant's FALL
 * button canceled before anyone called back, one (SOS) answered all the way to a worker on site,
 * one (PUSH) a false alarm. The SOS case's times are set in the database before it closes, so each
 * response time is known to the second.
 */
describe.each(testDatabases())('emergency response figures on $name', ({ create }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create, { env: loadEngineConfig({ LOG_LEVEL: 'silent', TELEPHONY_SWITCH_SECRETS: `gw1:${SECRET}` }).env });
  const cases = caseReader(() => engine.admin);
  const { entry, stepDone, reached } = caseHistory(cases, () => engine.admin);
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  // The SOS alarm is moved an hour back: around midnight that is yesterday.
  const period = `from=${addDays(today, -1)}&to=${today}`;
  let elderId: string;
  let providerUser: ApiClient;

  const report = async (query: string) => {
    const res = await engine.admin.get<EmergencyReportAnswer>(`/api/reports/emergency?${period}&${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const open = async (button: string) => {
    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'emergency-rescue', channel: 'alarm', elderId, variables: { alarm: { terminalId: null, button, location: null, at: new Date().toISOString() } } });
    expect(res.status).toBe(201);
    opened.push(res.body.case.id);
    return res.body.case.id;
  };
  /** An alarm from her pendant, signed by the switch: the case is opened by the engine's service user. */
  const pendant = async (button: string) => {
    const raw = JSON.stringify({ id: `${button}-${engine.db.name}`, type: 'alarm.triggered', terminalId: 'PD-0001', button });
    const res = await fetch(`${engine.running.url}/api/telephony/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-careflow-switch': 'gw1', ...signRequest(SECRET, raw) }, body: raw });
    expect(res.status).toBe(202);
    const { caseId } = (await res.json()) as { caseId: string };
    opened.push(caseId);
    return caseId;
  };
  const closed = (caseId: string) => eventually(async () => ((await cases.detail(caseId)).case.status === 'closed' ? true : undefined), 60_000, 'the case to close');

  beforeAll(async () => {
    ({ elderId, providerUser } = await emergencyWorld(engine));

    // FALL from her pendant (signed by the switch), canceled before the callback.
    const fall = await pendant('FALL');
    await cases.openTask(fall, 'confirm-alarm');
    expect((await engine.admin.post(`/api/cases/${fall}/cancel`, { reason: '老人来电说明误按' })).status).toBe(200);

    // SOS from her pendant: called back, dispatched, accepted and the worker on site.
    const sos = await pendant('SOS');
    await cases.complete(sos, 'confirm-alarm', { alarmOutcome: 'real', callBackNote: '老人跌倒' });
    await cases.complete(sos, 'classify', { emergencyType: 'fall', situation: '无法站立', responseMode: 'dispatch' });
    const son = await cases.ringing(sos, '13905310001');
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${son.id}/no-answer`)).status).toBe(200);
    await entry(sos, 'error.caught', { elementId: 'call-no-answer' });
    const daughter = await cases.ringing(sos, '13905310002');
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${daughter.id}/answer`, { digits: '1' })).status).toBe(200);
    await reached(sos, '已电话联系到亲属');
    const order = await eventually(async () => (await providerUser.get<{ dispatches: { id: string; caseId: string }[] }>('/api/dispatches')).body.dispatches.find((d) => d.caseId === sos), 60_000, 'the dispatch');
    expect((await providerUser.post(`/api/dispatches/${order.id}/accept`, {})).status).toBe(200);
    await stepDone(sos, '等待接单');
    expect((await providerUser.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(200);
    await cases.complete(sos, 'onsite-result', { onsiteOutcome: 'hospitalized', onsiteNote: '已送医' });
    // Before it closes: the alarm an hour ago, called back after 90 s, dispatched after 5 min, accepted after 7, on site after 20.
    const alarmAt = Date.now() - 3600 * SECOND;
    await engine.running.dataSource.getRepository(CaseEntity).update({ id: sos }, { openedAt: new Date(alarmAt) });
    await engine.running.dataSource.getRepository(TaskEntity).update({ caseId: sos, elementId: 'confirm-alarm' }, { completedAt: new Date(alarmAt + 90 * SECOND) });
    await engine.running.dataSource.getRepository(DispatchEntity).update({ id: order.id }, { createdAt: new Date(alarmAt + 300 * SECOND), acceptedAt: new Date(alarmAt + 420 * SECOND), startedAt: new Date(alarmAt + 1200 * SECOND) });
    await cases.complete(sos, 'return-visit', { satisfaction: 'satisfied', returnVisitNote: '已出院' });
    await closed(sos);

    // PUSH: a false alarm found on the callback, a minute after the alarm.
    const push = await open('PUSH');
    await cases.openTask(push, 'confirm-alarm');
    await engine.running.dataSource.getRepository(CaseEntity).update({ id: push }, { openedAt: new Date(Date.now() - 60 * SECOND) });
    await cases.complete(push, 'confirm-alarm', { alarmOutcome: 'false_alarm', falseAlarmReason: '误碰' });
    await closed(push);
  });

  it('given the three alarms ended, when the report is grouped by button, then each button shows its outcome and the SOS one its response times to the second', async () => {
    const body = await eventually(async () => {
      const r = await report('groupBy=button');
      return r.total.alarms === 3 ? r : undefined;
    }, 30_000, 'three alarms counted');
    expect(body.total).toMatchObject({ alarms: 3, falseAlarms: 1, canceled: 1, falseAlarmRate: 0.3333, callback: { count: 2 }, dispatch: { count: 1, avgSec: 300 }, accepted: { count: 1, avgSec: 420 }, onSite: { count: 1, avgSec: 1200 } });
    const row = (key: string) => body.rows.find((r) => r.key === key);
    expect(body.rows.map((r) => r.key)).toEqual(['FALL', 'PUSH', 'SOS']);
    expect(row('FALL')).toMatchObject({ alarms: 1, canceled: 1, falseAlarms: 0, callback: { count: 0, avgSec: null }, dispatch: { count: 0, avgSec: null } });
    expect(row('SOS')).toMatchObject({ alarms: 1, falseAlarms: 0, falseAlarmRate: 0, callback: { count: 1, avgSec: 90 }, dispatch: { count: 1, avgSec: 300 }, accepted: { count: 1, avgSec: 420 }, onSite: { count: 1, avgSec: 1200 } });
    const push = row('PUSH')!;
    expect(push).toMatchObject({ alarms: 1, falseAlarms: 1, falseAlarmRate: 1, callback: { count: 1 }, dispatch: { count: 0 } });
    // Opened 60 s before the callback was submitted, plus the time the submission took.
    expect(push.callback.avgSec).toBeGreaterThanOrEqual(60);
    expect(push.callback.avgSec).toBeLessThan(90);
    expect(body.total.callback.avgSec).toBe(Math.round((90 + push.callback.avgSec!) / 2));
  });

  it('given the same figures, when filtered by her community, another area and another type, then only her area finds them', async () => {
    expect((await report('areaCode=370102001001&groupBy=area')).rows).toEqual([expect.objectContaining({ label: '山大社区', alarms: 3 })]);
    expect((await report('areaCode=370102001002&groupBy=area')).total.alarms).toBe(0);
    expect((await report('serviceType=household-help')).total).toMatchObject({ alarms: 0, falseAlarmRate: null, callback: { count: 0, avgSec: null } });
    const refused = await engine.admin.get(`/api/reports/emergency?${period}&groupBy=agent`);
    expect(refused.status).toBe(400);
  });

  it('given the SOS case rated on its return visit, when satisfaction is read by agent, then it is the agent who called back (the switch opened it), with the visit’s words', async () => {
    const res = await engine.admin.get<SatisfactionReportAnswer>(`/api/reports/satisfaction?${period}&groupBy=agent`);
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([expect.objectContaining({ key: 'admin', rated: 1, satisfiedRate: 1, satisfaction: expect.objectContaining({ satisfied: 1 }) })]);
    expect(res.body.comments).toEqual([expect.objectContaining({ agent: 'admin', satisfaction: 'satisfied', note: '已出院', serviceTypeName: '紧急救助' })]);
  });

  it('given the report, when it is exported, then the Excel holds the same figures per button and the total', async () => {
    const res = await engine.admin.download(`/api/reports/emergency.xlsx?${period}&groupBy=button`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('应急响应')!;
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    expect(rows[0].slice(0, 5)).toEqual(['按键', '报警数', '误报数', '撤销数', '误报率']);
    const sos = rows.find((r) => r[0] === 'SOS')!;
    expect(sos).toEqual(['SOS', '1', '0', '0', '0', '1', '90', '1', '300', '1', '420', '1', '1200']);
    expect(rows.at(-1)!.slice(0, 5)).toEqual(['合计', '3', '1', '1', '0.3333']);
  });
});
