import { ApiClient, eventually } from '../../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../../test/support/databases';
import { ZHANG_SANFENG } from '../../../../test/support/registry-fixtures';
import { listen } from '../../../../test/support/live-client';
import { useTestEngine } from '../../../../test/support/test-engine';
import { CaseService } from '../../cases/service';
import { ALARM_TYPE, Heard, inboundEnv, Pop, quietDesk, seedDesk, sendEvent, setState } from '../../../../test/support/inbound-fixtures';

type CaseBody = { case: { id: string; channel: string; priority: string; elderId: string | null; openedBy: string; status: string }; timeline: { type: string; actorName: string | null; data: Record<string, unknown> }[] };
type Heard2 = Heard & { task?: { caseId: string; elementId: string } };

describe.each(testDatabases())('alarms, queue and screen pops on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let ids: Record<string, string>;
  let elderId: string;
  const url = () => engine.running.url;
  const alarm = (fields: Record<string, unknown>) => sendEvent(url(), { id: `al-${Math.random().toString(36).slice(2)}`, type: 'alarm.triggered', ...fields });
  const alarmCases = async () => (await engine.admin.get<{ total: number }>(`/api/cases?serviceType=${ALARM_TYPE}`)).body.total;

  beforeAll(async () => {
    ({ elderId, clients, ids } = await seedDesk(engine, ['agent_a', 'agent_b', 'lead_1']));
  });
  beforeEach(async () => quietDesk(engine, clients));

  it('given the alarm type is not published, when an alarm comes in, then no case opens but the alarm pops with the reason', async () => {
    const res = await alarm({ terminalId: 'PD-0001', button: 'sos' });
    expect(res).toEqual({ status: 202, body: { accepted: true } });
    expect(await alarmCases()).toBe(0);
    const pops = (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops;
    expect(pops).toEqual([expect.objectContaining({ kind: 'alarm', caseId: null, offeredTo: null, error: expect.stringContaining(ALARM_TYPE), terminal: { deviceId: 'PD-0001', type: 'pendant', button: 'sos' } })]);
    expect(pops[0].elders.map((e) => [e.name, e.matchedBy])).toEqual([['王秀英', 'device']]);
  });

  it('given a published alarm type only supervisors may start, when the pendant alarms, then the switch opens an emergency case and the pop with its number reaches the idle agent before the first task', async () => {
    await engine.admin.post('/api/forms', { key: 'confirm-form', title: '确认警情', schema: { type: 'object', properties: { real: { type: 'boolean' } } } });
    await engine.admin.post('/api/service-types', { key: ALARM_TYPE, names: { 'zh-CN': '紧急救助', en: 'Emergency' }, category: 'emergency' });
    const bpmnXml = chain(uniqueProcessId('alarm'), [{ id: 'confirm-alarm', xml: userTask('confirm-alarm', 'confirm-form', 'hotline') }]);
    await engine.admin.post(`/api/service-types/${ALARM_TYPE}/versions`, { bpmnXml, settings: { priority: 'emergency', channels: ['alarm', 'phone'], startRoles: ['supervisor'] } });
    expect((await engine.admin.post(`/api/service-types/${ALARM_TYPE}/publish`, { version: 1 })).status).toBe(200);
    const a = await listen(url(), 'agent_a');
    try {
      await setState(clients.agent_a, 'idle');
      const res = await alarm({ terminalId: 'PD-0001', button: 'sos', location: { address: '山大南路 27 号' } });
      expect(res.status).toBe(202);
      const caseId = res.body.caseId as string;
      // On Operaton a case is accepted as opening and is open once its process started (at once, or by the starter a moment later).
      const body = await eventually(async () => {
        const found = (await engine.admin.get<CaseBody>(`/api/cases/${caseId}`)).body;
        return found.case.status === 'opening' ? undefined : found;
      }, 10_000, 'the case to open');
      const connectors = (await engine.admin.get<{ users: { id: string; username: string }[] }>('/api/users')).body.users.find((u) => u.username === 'connectors');
      expect(body.case).toMatchObject({ channel: 'alarm', priority: 'emergency', elderId, status: 'open', openedBy: connectors?.id });
      expect(body.timeline[0]).toMatchObject({ type: 'case.opened', actorName: 'switch:sw1' });
      const heard = () => a.heard as Heard2[];
      await eventually(async () => heard().find((m) => m.type === 'task.created' && m.task?.caseId === caseId), 30_000, 'the confirm-alarm task');
      const popAt = heard().findIndex((m) => m.type === 'screen.pop' && m.pop?.caseId === caseId);
      const taskAt = heard().findIndex((m) => m.type === 'task.created' && m.task?.caseId === caseId);
      expect(popAt).toBeGreaterThanOrEqual(0);
      expect(popAt).toBeLessThan(taskAt);
      expect(heard()[popAt].pop).toMatchObject({ kind: 'alarm', offeredTo: ids.agent_a, attached: false, caseNumber: expect.stringMatching(new RegExp(`^${engine.running.config.cases.numberPrefix}\\d{8}-`)), location: { address: '山大南路 27 号' }, error: null });
      const task = (await engine.admin.get<{ tasks: { id: string }[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks[0];
      const variables = (await engine.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${task.id}`)).body.task.variables;
      expect(variables).toMatchObject({ channel: 'alarm', priority: 'emergency', alarm: { terminalId: 'PD-0001', button: 'sos', location: { address: '山大南路 27 号' } } });
    } finally {
      a.ws.close();
    }
  });

  it('given an open alarm case, when the same elder alarms again from her home phone, then it attaches to that case instead of opening another', async () => {
    const before = await alarmCases();
    const open = (await engine.admin.get<{ cases: { id: string }[] }>(`/api/cases?serviceType=${ALARM_TYPE}&status=open`)).body.cases[0];
    const res = await alarm({ from: '0531-88001234', button: 'call' });
    expect(res).toEqual({ status: 202, body: { accepted: true, caseId: open.id, attachedTo: open.id } });
    expect(await alarmCases()).toBe(before);
    const timeline = (await engine.admin.get<CaseBody>(`/api/cases/${open.id}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'alarm.repeated')).toEqual([expect.objectContaining({ data: expect.objectContaining({ button: 'call', terminalId: null }) })]);
    const pops = (await clients.agent_b.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops;
    expect(pops).toEqual([expect.objectContaining({ kind: 'alarm', attached: true, caseId: open.id })]);
    const fromPendant = await alarm({ terminalId: 'PD-0001', button: 'sos' });
    expect(fromPendant.body).toEqual({ accepted: true, caseId: open.id, attachedTo: open.id });
    expect(await alarmCases()).toBe(before);
  });

  it('given the engine stops right after an alarm\'s case is stored (a kill -9 there), when the terminal alarms again, then the repeat attaches to that case', async () => {
    const file = { ...ZHANG_SANFENG, phones: [{ number: '0531-88000088' }], terminals: [{ type: 'pendant', number: null, deviceId: 'PD-0088', buttons: [] }] };
    expect((await engine.admin.post('/api/elders', file)).status).toBe(201);
    const before = await alarmCases();
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    // Everything after the case's transaction waits, as if this node had died there.
    const open = CaseService.prototype.open;
    jest.spyOn(CaseService.prototype, 'open').mockImplementationOnce(function (this: CaseService, input, user, actor, options = {}) {
      return open.call(this, input, user, actor, { ...options, recorded: async (created) => stalled.then(() => options.recorded?.(created)) });
    });
    const first = alarm({ terminalId: 'PD-0088', button: 'sos' });
    await eventually(async () => ((await alarmCases()) > before ? true : undefined), 10_000, 'the first alarm’s case');

    // From her home phone: handled beside the stalled pendant alarm, as on a node that took over.
    const repeat = await alarm({ from: '0531-88000088', button: 'call' });
    release();
    const answered = await first;
    expect(answered.body).toMatchObject({ accepted: true, caseId: expect.any(String) });
    expect(repeat.body).toEqual({ accepted: true, caseId: answered.body.caseId, attachedTo: answered.body.caseId });
    expect(await alarmCases()).toBe(before + 1);
  });

  it('given nobody idle, when a call and then an alarm come in, then both wait; the first agent to turn idle gets the alarm, the next the call', async () => {
    const rang = await sendEvent(url(), { id: `q-${Date.now()}`, type: 'call.ringing', callId: 'queued-call', from: '13600000001' });
    const alarmed = await alarm({ terminalId: 'UNKNOWN-77', button: 'fall' });
    const waiting = (await clients.agent_b.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops;
    expect(waiting.map((p) => [p.kind, p.offeredTo])).toEqual([
      ['alarm', null],
      ['call', null],
    ]);
    expect(waiting[0]).toMatchObject({ caseId: alarmed.body.caseId, elders: [], caller: { identified: false } });
    await setState(clients.agent_b, 'idle');
    await setState(clients.agent_a, 'idle');
    const mine = async (client: ApiClient) => (await client.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.filter((p) => p.offeredTo !== null);
    expect((await mine(clients.agent_b)).map((p) => [p.kind, p.caseId])).toEqual([['alarm', alarmed.body.caseId]]);
    expect((await mine(clients.agent_a)).map((p) => [p.kind, p.callId])).toEqual([['call', rang.body.callId]]);
  });

  it('given an alarm pop both agents see, when both take it, then the first gets it and is busy, the second gets 409, and the desks hear it was taken', async () => {
    const lead = await listen(url(), 'lead_1');
    try {
      const res = await alarm({ terminalId: 'UNKNOWN-88' });
      const pop = (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.find((p) => p.caseId === res.body.caseId) as Pop;
      const first = await clients.agent_a.post<{ pop: Pop }>(`/api/telephony/pops/${pop.id}/take`);
      const second = await clients.agent_b.post<{ error: { code: string; details: { takenBy: { username: string } } } }>(`/api/telephony/pops/${pop.id}/take`);
      expect(first.status).toBe(200);
      expect(first.body.pop.takenBy).toEqual({ userId: ids.agent_a, username: 'agent_a', displayName: 'agent_a' });
      expect(second.status).toBe(409);
      expect(second.body.error.details.takenBy.username).toBe('agent_a');
      expect((await clients.agent_a.get<{ agent: { state: string } }>('/api/telephony/agents/me')).body.agent.state).toBe('busy');
      expect((await clients.agent_b.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.some((p) => p.id === pop.id)).toBe(false);
      await eventually(async () => (lead.heard as Heard[]).find((m) => m.type === 'screen.pop.taken' && m.popId === pop.id), 10_000, 'screen.pop.taken');
    } finally {
      lead.ws.close();
    }
  });

  it('given a three-button pager, when its housekeeping button is pressed, then a 家政便民 case opens at its own priority and asks an agent to call back and register the needs; the police button opens 紧急救助 marked for 110', async () => {
    const housekeeping = await alarm({ terminalId: 'PD-0001', button: 'housekeeping' });
    const help = await eventually(async () => {
      const found = (await engine.admin.get<CaseBody & { case: { serviceTypeKey: string } }>(`/api/cases/${housekeeping.body.caseId as string}`)).body;
      return found.case.status === 'open' ? found : undefined;
    }, 10_000, 'the household case');
    expect(help.case).toMatchObject({ serviceTypeKey: 'household-help', channel: 'alarm', priority: 'normal', elderId });
    const tasks = async (caseId: string) => (await engine.admin.get<{ tasks: { id: string; elementId: string }[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks;
    await eventually(async () => (await tasks(help.case.id)).find((t) => t.elementId === 'register-needs'), 30_000, 'the register-needs task');

    // Another press of the emergency button while the household case is open is not attached to it.
    const police = await alarm({ terminalId: 'PD-0001', button: 'police' });
    expect(police.body.attachedTo).toBeUndefined();
    const rescue = await eventually(async () => {
      const found = (await engine.admin.get<CaseBody & { case: { serviceTypeKey: string } }>(`/api/cases/${police.body.caseId as string}`)).body;
      return found.case.status === 'open' ? found : undefined;
    }, 10_000, 'the emergency case');
    expect(rescue.case).toMatchObject({ serviceTypeKey: 'emergency-rescue', priority: 'emergency' });
    const [first] = await eventually(async () => {
      const found = await tasks(rescue.case.id);
      return found.length ? found : undefined;
    }, 30_000, 'the first emergency task');
    const variables = (await engine.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${first.id}`)).body.task.variables;
    expect(variables.alarm).toMatchObject({ button: 'police', handover: '110' });
    for (const id of [help.case.id, rescue.case.id]) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
});
