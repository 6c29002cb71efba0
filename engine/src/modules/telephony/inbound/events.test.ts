import { signRequest } from '@careflow/connectors';
import { asRow } from '../../../db/columns';
import { TelephonyEventEntity } from './entities';
import { ApiClient, eventually } from '../../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../../test/support/databases';
import { listen } from '../../../../test/support/live-client';
import { useTestEngine } from '../../../../test/support/test-engine';
import { Heard, inboundEnv, Pop, quietDesk, seedDesk, sendEvent, setState, SWITCH_SECRET } from '../../../../test/support/inbound-fixtures';

type CallRow = { id: string; direction: string; status: string; from: string | null; caseId: string | null; durationSec: number | null; recordingUrl: string | null };

describe.each(testDatabases())('signed inbound calls on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let ids: Record<string, string>;
  let elderId: string;
  const url = () => engine.running.url;
  const inboundCalls = async () => (await engine.admin.get<{ items: CallRow[] }>('/api/calls?limit=200')).body.items.filter((c) => c.direction === 'inbound');
  const event = (type: string, fields: Record<string, unknown>) => ({ id: `ev-${Math.random().toString(36).slice(2)}`, type, ...fields });

  beforeAll(async () => {
    ({ elderId, clients, ids } = await seedDesk(engine, ['agent_a', 'agent_b', 'lead_1']));
  });
  beforeEach(async () => quietDesk(engine, clients));

  it.each([
    ['no signature', () => ({ 'x-careflow-switch': 'sw1' })],
    ['no switch header', (raw: string) => signRequest(SWITCH_SECRET, raw)],
    ['an unknown switch', (raw: string) => ({ 'x-careflow-switch': 'sw2', ...signRequest(SWITCH_SECRET, raw) })],
    ['a signature made with another secret', (raw: string) => ({ 'x-careflow-switch': 'sw1', ...signRequest('another-secret-0123456789', raw) })],
    ['a timestamp ten minutes old', (raw: string) => ({ 'x-careflow-switch': 'sw1', ...signRequest(SWITCH_SECRET, raw, Date.now() - 600_000) })],
  ])('given %s, when a ringing call is reported, then 401 bad_signature and no call exists', async (_what, sign) => {
    const before = await inboundCalls();
    const res = await sendEvent(url(), event('call.ringing', { callId: 'forged-1', from: '13905310001' }), sign);
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe('bad_signature');
    expect(await inboundCalls()).toEqual(before);
    expect((await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops).toEqual([]);
  });

  it('given an event id already taken, when the switch sends it again for another call, then it is ignored with the first answer and only the first call exists', async () => {
    const first = await sendEvent(url(), { id: 'replay-1', type: 'call.ringing', callId: 'replay-call-1', from: '13700000001' });
    const again = await sendEvent(url(), { id: 'replay-1', type: 'call.ringing', callId: 'replay-call-2', from: '13700000002' });
    expect(first).toMatchObject({ status: 202, body: { accepted: true, callId: expect.any(String) } });
    expect(again).toEqual({ status: 200, body: { ignored: true, callId: first.body.callId } });
    expect((await inboundCalls()).filter((c) => c.from === '13700000002')).toEqual([]);
    expect((await inboundCalls()).filter((c) => c.from === '13700000001')).toHaveLength(1);
  });

  /** An event row as the engine leaves it between taking an event and having handled it. */
  const takenNotHandled = (eventId: string, receivedAt: Date) =>
    engine.running.dataSource.getRepository(TelephonyEventEntity).insert(asRow({ id: `sw1:${eventId}`, switchId: 'sw1', eventId, type: 'call.ringing', receivedAt, handledAt: null, result: null }));

  it('given an event an engine took and died before handling (kill -9), when the switch sends it again, then it is handled now and answered with its call', async () => {
    await takenNotHandled('died-1', new Date(Date.now() - 3_600_000));
    const again = await sendEvent(url(), { id: 'died-1', type: 'call.ringing', callId: 'died-call-1', from: '13700000003' });
    expect(again).toMatchObject({ status: 202, body: { accepted: true, callId: expect.any(String) } });
    expect((await inboundCalls()).filter((c) => c.from === '13700000003')).toEqual([expect.objectContaining({ id: again.body.callId, status: 'ringing' })]);
    expect(await sendEvent(url(), { id: 'died-1', type: 'call.ringing', callId: 'died-call-1', from: '13700000003' })).toEqual({ status: 200, body: { ignored: true, callId: again.body.callId } });
  });

  it('given an event being handled this moment, when the switch sends it again, then 503 asks it to send again later and nothing else happens', async () => {
    await takenNotHandled('busy-1', new Date());
    const again = await sendEvent(url(), { id: 'busy-1', type: 'call.ringing', callId: 'busy-call-1', from: '13700000004' });
    expect(again.status).toBe(503);
    expect(again.body.error?.code).toBe('unavailable');
    expect((await inboundCalls()).filter((c) => c.from === '13700000004')).toEqual([]);
  });

  it('given two idle agents, when the son of 王秀英 calls, then the longest idle agent gets the pop over the socket with her file and the other does not', async () => {
    const a = await listen(url(), 'agent_a');
    const b = await listen(url(), 'agent_b');
    try {
      await setState(clients.agent_a, 'idle');
      await setState(clients.agent_b, 'idle');
      const rang = await sendEvent(url(), event('call.ringing', { callId: 'son-1', from: '13905310001', to: '12349' }));
      expect(rang.status).toBe(202);
      const pop = await eventually(async () => (a.heard as Heard[]).find((m) => m.type === 'screen.pop' && m.pop?.callId === rang.body.callId)?.pop, 10_000, 'the pop at agent_a');
      expect(pop).toMatchObject({ kind: 'call', offeredTo: ids.agent_a, caseId: null, attached: false, caller: { number: '13905310001', identified: true }, takenBy: null });
      expect(pop.elders).toEqual([
        expect.objectContaining({
          id: elderId,
          name: '王秀英',
          matchedBy: 'relative_phone',
          via: '刘建国',
          livingSituation: 'alone',
          conditions: ['高血压', '糖尿病'],
          allergies: ['青霉素'],
          relatives: [
            { name: '刘建国', relation: 'son', phone: '13905310001' },
            { name: '刘建华', relation: 'daughter', phone: '13905310002' },
          ],
          recentCases: [],
        }),
      ]);
      expect((await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.map((p) => p.id)).toEqual([pop.id]);
      expect((await clients.agent_b.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops).toEqual([]);
      expect((b.heard as Heard[]).some((m) => m.type === 'screen.pop' && m.pop?.id === pop.id)).toBe(false);
    } finally {
      a.ws.close();
      b.ws.close();
    }
  });

  it('given an idle agent, when a number nobody knows calls, then the pop says unknown caller', async () => {
    await setState(clients.agent_b, 'idle');
    const rang = await sendEvent(url(), event('call.ringing', { callId: 'stranger-1', from: '13812345678' }));
    const pops = (await clients.agent_b.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops;
    expect(pops).toEqual([expect.objectContaining({ callId: rang.body.callId, offeredTo: ids.agent_b, caller: { number: '13812345678', identified: false }, elders: [] })]);
  });

  it('given a type on IVR key 7, when the caller presses 9 then 7, then only 7 opens a case; the answer makes the agent busy and the end puts duration and recording on the timeline', async () => {
    await engine.admin.post('/api/forms', { key: 'ivr-form', title: '咨询', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'ivr-consult', names: { 'zh-CN': '政策咨询', en: 'Consultation' }, category: 'consult' });
    const bpmnXml = chain(uniqueProcessId('ivr'), [{ id: 'answer', xml: userTask('answer', 'ivr-form', 'hotline') }]);
    await engine.admin.post('/api/service-types/ivr-consult/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], ivrDigit: '7', startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/ivr-consult/publish', { version: 1 })).status).toBe(200);
    await setState(clients.agent_a, 'idle');

    const rang = await sendEvent(url(), event('call.ringing', { callId: 'ivr-1', from: '0531-88001234' }));
    const nine = await sendEvent(url(), event('ivr.selected', { callId: 'ivr-1', digits: '9' }));
    expect(nine).toEqual({ status: 202, body: { accepted: true, callId: rang.body.callId } });
    expect((await engine.admin.get<{ total: number }>('/api/cases?serviceType=ivr-consult')).body.total).toBe(0);
    const seven = await sendEvent(url(), event('ivr.selected', { callId: 'ivr-1', digits: '7' }));
    expect(seven.status).toBe(202);
    // On Operaton a case is accepted as opening and is open once its process started (at once, or by the starter a moment later).
    const opened = await eventually(async () => {
      const found = (await engine.admin.get<{ case: { channel: string; elderId: string; serviceTypeKey: string; status: string } }>(`/api/cases/${seven.body.caseId}`)).body.case;
      return found.status === 'opening' ? undefined : found;
    }, 10_000, 'the case to open');
    expect(opened).toMatchObject({ channel: 'phone', elderId, serviceTypeKey: 'ivr-consult', status: 'open' });
    expect((await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops).toEqual([expect.objectContaining({ callId: rang.body.callId, caseId: seven.body.caseId })]);

    expect((await sendEvent(url(), event('call.answered', { callId: 'ivr-1', agent: 'agent_a' }))).status).toBe(202);
    expect((await clients.agent_a.get<{ agent: { state: string } }>('/api/telephony/agents/me')).body.agent.state).toBe('busy');
    const ended = await sendEvent(url(), event('call.ended', { callId: 'ivr-1', durationSec: 42, hangupCause: 'NORMAL_CLEARING', recordingUrl: 'https://rec.example/ivr-1.wav' }));
    expect(ended.status).toBe(202);
    expect((await clients.agent_a.get<{ agent: { state: string } }>('/api/telephony/agents/me')).body.agent.state).toBe('after_call');
    const call = (await engine.admin.get<{ call: CallRow }>(`/api/calls/${rang.body.callId}`)).body.call;
    expect(call).toMatchObject({ status: 'ended', caseId: seven.body.caseId, durationSec: 42, recordingUrl: 'https://rec.example/ivr-1.wav' });
    const timeline = (await engine.admin.get<{ timeline: { type: string; data: Record<string, unknown> }[] }>(`/api/cases/${seven.body.caseId}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'call.ended')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ callId: rang.body.callId, durationSec: 42, recordingUrl: 'https://rec.example/ivr-1.wav', agent: 'agent_a' }) }),
    ]);
  });

  it('given a call offered to agent A, when A goes on break, then it goes to idle agent B; when the caller hangs up, then it leaves B’s desk and B is free', async () => {
    await setState(clients.agent_a, 'idle');
    await setState(clients.agent_b, 'idle');
    const rang = await sendEvent(url(), event('call.ringing', { callId: 'moving-1', from: '13811112222' }));
    const offered = async (client: ApiClient) => (await client.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.filter((p) => p.callId === rang.body.callId).map((p) => p.offeredTo);
    expect(await offered(clients.agent_a)).toEqual([ids.agent_a]);
    await setState(clients.agent_a, 'break');
    expect(await offered(clients.agent_b)).toEqual([ids.agent_b]);
    expect(await offered(clients.agent_a)).toEqual([]);
    expect((await sendEvent(url(), event('call.ended', { callId: 'moving-1', hangupCause: 'ORIGINATOR_CANCEL' }))).status).toBe(202);
    expect(await offered(clients.agent_b)).toEqual([]);
    const call = (await engine.admin.get<{ call: CallRow & { outcome: string } }>(`/api/calls/${rang.body.callId}`)).body.call;
    expect(call).toMatchObject({ status: 'ended', outcome: 'no_answer' });
    const next = await sendEvent(url(), event('call.ringing', { callId: 'moving-2', from: '13811113333' }));
    expect((await clients.agent_b.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.map((p) => [p.callId, p.offeredTo])).toEqual([[next.body.callId, ids.agent_b]]);
  });

  it('given a supervisor listening, when the switch reports an agent on break and then idle, then the state changes and is pushed; an unknown agent is a 400', async () => {
    const lead = await listen(url(), 'lead_1');
    try {
      expect((await sendEvent(url(), event('agent.state', { agent: 'agent_b', state: 'idle' }))).status).toBe(202);
      const agents = (await clients.lead_1.get<{ agents: { username: string; state: string }[] }>('/api/telephony/agents')).body.agents;
      expect(agents.find((x) => x.username === 'agent_b')?.state).toBe('idle');
      await eventually(async () => (lead.heard as Heard[]).find((m) => m.type === 'agent.updated' && m.agent?.userId === ids.agent_b && m.agent.state === 'idle'), 10_000, 'agent.updated');
      expect((await sendEvent(url(), event('agent.state', { agent: 'nobody', state: 'idle' }))).status).toBe(400);
      expect((await clients.agent_a.get('/api/telephony/agents')).status).toBe(403);
    } finally {
      lead.ws.close();
    }
  });
});
