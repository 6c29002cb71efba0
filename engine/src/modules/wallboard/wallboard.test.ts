import type { Wire, wallboardAnswer } from '@careflow/contracts';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { ALARM_TYPE, inboundEnv, Pop, quietDesk, seedDesk, sendEvent, setState } from '../../../test/support/inbound-fixtures';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { insertCase } from '../../../test/support/operaton-process-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';

type Wallboard = Wire<typeof wallboardAnswer>;
const LIXIA = '/3701/370102/370102001/370102001001/';
const SHIZHONG = '/3701/370103/';
const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const age = (board: Wallboard, at: string | null) => Date.parse(board.at) - Date.parse(at ?? 'x');

describe.each(testDatabases())('the duty wallboard on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let shizhongLead: ApiClient;
  const url = () => engine.running.url;
  const board = async (client: ApiClient) => {
    const res = await client.get<Wallboard>('/api/wallboard');
    if (res.status !== 200) throw new Error(`wallboard: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const ring = (callId: string, from: string) => sendEvent(url(), { id: `r-${callId}`, type: 'call.ringing', callId, from });

  beforeAll(async () => {
    ({ clients } = await seedDesk(engine, ['agent_a', 'agent_b', 'lead_1']));
    shizhongLead = await loggedIn(engine, 'lead_shizhong', ['supervisor'], { areaScope: ['370103'] });
    await engine.admin.post('/api/service-types', { key: 'wb-help', names: { 'zh-CN': '家政便民', en: 'Household help' }, category: 'household' });
    await quietDesk(engine, clients);
  });

  it('given agents on break and busy, two calls and an alarm waiting, and cases overdue and near due, when a supervisor opens the wallboard, then it counts them with their ages; a supervisor of another district sees only what has no area or is theirs', async () => {
    await setState(clients.agent_b, 'busy');
    expect((await ring('wb-unknown', '13900000009')).status).toBe(202);
    expect((await ring('wb-wang', '0531-88001234')).status).toBe(202);
    // The alarm type is not published: the alarm pops without a case, and nobody takes it.
    expect((await sendEvent(url(), { id: 'wb-alarm-1', type: 'alarm.triggered', terminalId: 'PD-0001', button: 'sos' })).status).toBe(202);
    const due = { serviceTypeKey: 'wb-help', areaPath: LIXIA };
    await insertCase(engine.running.dataSource, { ...due, dueAt: minutes(-60) });
    await insertCase(engine.running.dataSource, { ...due, dueAt: minutes(30) });
    await insertCase(engine.running.dataSource, { ...due, dueAt: minutes(300) });
    await insertCase(engine.running.dataSource, { ...due, dueAt: minutes(-90), status: 'closed', closedAt: new Date() });
    await insertCase(engine.running.dataSource, { ...due, dueAt: minutes(-10), areaPath: SHIZHONG });

    const all = await board(clients.lead_1);
    expect(Math.abs(Date.parse(all.at) - Date.now())).toBeLessThan(10_000);
    expect(all.agents.map((a) => [a.username, a.state])).toEqual([
      ['agent_a', 'break'],
      ['agent_b', 'busy'],
      ['lead_1', 'break'],
    ]);
    expect(all.agentCounts).toEqual({ signed_out: 0, idle: 0, busy: 1, after_call: 0, break: 2 });
    expect(all.calls.waiting).toBe(2);
    expect(all.calls.list.map((c) => [c.callerNumber, c.elderName, c.status])).toEqual([
      ['13900000009', null, 'queued'],
      ['053188001234', '王秀英', 'queued'],
    ]);
    expect(all.calls.oldestAt).toBe(all.calls.list[0].at);
    expect(age(all, all.calls.oldestAt)).toBeGreaterThanOrEqual(0);
    expect(age(all, all.calls.oldestAt)).toBeLessThan(60_000);
    expect(all.alarms).toEqual({ open: 1, oldestAt: expect.any(String), list: [expect.objectContaining({ caseId: null, elderName: '王秀英', takenBy: null })] });
    expect(age(all, all.alarms.oldestAt)).toBeLessThan(60_000);
    expect(all.cases).toEqual({ nearDueMinutes: 120, nearDue: 1, overdue: 2, byType: [{ serviceTypeKey: 'wb-help', nameZh: '家政便民', nameEn: 'Household help', nearDue: 1, overdue: 2 }] });
    expect(all.missedCalls).toEqual({ waiting: 0, oldestAt: null });
    expect(all.today).toEqual(expect.objectContaining({ offered: expect.any(Number), answered: expect.any(Number), abandoned: expect.any(Number) }));

    const theirs = await board(shizhongLead);
    expect(theirs.agents).toHaveLength(3);
    expect(theirs.calls.list.map((c) => c.callerNumber)).toEqual(['13900000009']);
    expect(theirs.alarms).toEqual({ open: 0, oldestAt: null, list: [] });
    expect(theirs.cases).toMatchObject({ nearDue: 0, overdue: 1 });

    expect((await clients.agent_a.get('/api/wallboard')).status).toBe(403);
    expect((await new ApiClient(url()).get('/api/wallboard')).status).toBe(401);
  });

  it('given a published alarm type, when the pendant alarms, an agent takes it and then confirms it, then the alarm shows unconfirmed with who is on it until the 确认警情 step is done; a caller who hangs up leaves the queue', async () => {
    await engine.admin.post('/api/forms', { key: 'confirm-form', title: '确认警情', schema: { type: 'object', properties: { real: { type: 'boolean' } } } });
    await engine.admin.post('/api/service-types', { key: ALARM_TYPE, names: { 'zh-CN': '紧急救助', en: 'Emergency' }, category: 'emergency' });
    const bpmnXml = chain(uniqueProcessId('wallboard'), [{ id: 'confirm-alarm', xml: userTask('confirm-alarm', 'confirm-form', 'hotline') }]);
    await engine.admin.post(`/api/service-types/${ALARM_TYPE}/versions`, { bpmnXml, settings: { priority: 'emergency', channels: ['alarm', 'phone'] } });
    expect((await engine.admin.post(`/api/service-types/${ALARM_TYPE}/publish`, { version: 1 })).status).toBe(200);

    const res = await sendEvent(url(), { id: 'wb-alarm-2', type: 'alarm.triggered', terminalId: 'PD-0001', button: 'sos' });
    const caseId = res.body.caseId as string;
    expect(caseId).toEqual(expect.any(String));
    const before = await board(clients.lead_1);
    expect(before.alarms.open).toBe(2);
    expect(before.alarms.list.find((a) => a.caseId === caseId)).toMatchObject({ caseNumber: expect.any(String), elderName: '王秀英', takenBy: null });

    const pop = (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.find((p) => p.caseId === caseId) as Pop;
    expect((await clients.agent_a.post(`/api/telephony/pops/${pop.id}/take`)).status).toBe(200);
    const taken = await board(clients.lead_1);
    expect(taken.alarms.list.find((a) => a.caseId === caseId)).toMatchObject({ takenBy: 'agent_a' });
    expect(taken.agentCounts.busy).toBe(2);

    // Taking the pop gave agent_a the case's first task: they confirm it.
    await caseReader(() => clients.agent_a).complete(caseId, 'confirm-alarm', { real: true });
    const confirmed = await eventually(async () => {
      const b = await board(clients.lead_1);
      return b.alarms.open === 1 ? b : undefined;
    }, 30_000, 'the alarm confirmed');
    expect(confirmed.alarms.list.map((a) => a.caseId)).toEqual([null]);

    expect((await sendEvent(url(), { id: 'wb-hangup', type: 'call.ended', callId: 'wb-unknown' })).status).toBe(202);
    const after = await eventually(async () => {
      const b = await board(clients.lead_1);
      return b.calls.waiting === 1 && b.today.abandoned + b.today.missed >= 1 ? b : undefined;
    }, 30_000, 'the hung-up call to leave the queue and count today');
    expect(after.calls.list.map((c) => c.callerNumber)).toEqual(['053188001234']);
    expect(after.today.offered).toBeGreaterThanOrEqual(1);
  });
});
