import { loadEngineConfig } from '../../../config';
import { eventually } from '../../../../test/support/api-client';
import { testDatabases } from '../../../../test/support/databases';
import { ALARM_TYPE, Pop, quietDesk, seedDesk, setState, SWITCH_SECRET } from '../../../../test/support/inbound-fixtures';
import { useTestEngine } from '../../../../test/support/test-engine';
import type { ApiClient } from '../../../../test/support/api-client';

type Call = { id: string; status: string; answeredAt: string | null; agent: string | null };
type Agent = { state: string; wrapUpUntil: string | null };
type Current = { pop: Pop | null; call: Call | null };

// A one-second wrap-up, so the engine's own end of 话后处理 is seen here.
const env = loadEngineConfig({ LOG_LEVEL: 'silent', TELEPHONY_SWITCH_SECRETS: `sw1:${SWITCH_SECRET}`, ALARM_SERVICE_TYPE: ALARM_TYPE, AFTER_CALL_SECONDS: '1' }).env;

describe.each(testDatabases())('the desk’s current call, answer on take and wrap-up on $name', ({ create }) => {
  const engine = useTestEngine(create, { env });
  let clients: Record<string, ApiClient>;
  const me = (who: string) => clients[who].get<{ agent: Agent }>('/api/telephony/agents/me');
  const current = (who: string) => clients[who].get<Current>('/api/telephony/pops/current');
  const ring = async (from: string) => (await clients.agent_a.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from })).body.callId;
  const popOf = async (callId: string) => (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.find((p) => p.callId === callId)!;

  beforeAll(async () => {
    ({ clients } = await seedDesk(engine, ['agent_a', 'agent_b']));
  });
  beforeEach(async () => quietDesk(engine, clients));

  it('given a ringing call offered to an idle agent, when she takes it, then the call is answered by her (with the time), it is her current call, and after the hang-up 话后处理 ends by itself in idle', async () => {
    await setState(clients.agent_a, 'idle');
    const callId = await ring('13700000011');
    const pop = await popOf(callId);
    expect((await current('agent_a')).body).toEqual({ pop: null, call: null });

    expect((await clients.agent_a.post(`/api/telephony/pops/${pop.id}/take`, {})).status).toBe(200);
    const call = (await engine.admin.get<{ call: Call }>(`/api/calls/${callId}`)).body.call;
    expect(call).toMatchObject({ status: 'answered', agent: 'agent_a', answeredAt: expect.any(String) });
    const on = (await current('agent_a')).body;
    expect([on.pop?.id, on.call?.id, on.call?.status]).toEqual([pop.id, callId, 'answered']);
    expect((await current('agent_b')).body).toEqual({ pop: null, call: null });
    // The simulator's 接听 after that changes nothing (the switch's own report of the answer is no conflict).
    expect((await clients.agent_a.post(`/api/telephony/simulator/inbound/${callId}/answer`, {})).status).toBe(200);

    await clients.agent_a.post(`/api/telephony/simulator/inbound/${callId}/hangup`, {});
    const wrapping = (await me('agent_a')).body.agent;
    expect(wrapping.state).toBe('after_call');
    expect(wrapping.wrapUpUntil).toEqual(expect.any(String));
    expect((await current('agent_a')).body.call?.status).toBe('ended');
    await eventually(async () => ((await me('agent_a')).body.agent.state === 'idle' ? true : undefined), 15_000, 'idle after the wrap-up');
    expect((await me('agent_a')).body.agent.wrapUpUntil).toBeNull();
    expect((await current('agent_a')).body).toEqual({ pop: null, call: null });
  });

  it('given an alarm an agent took, when she says 处理完毕, then 话后处理 follows; another agent cannot finish it and an unknown pop is 404', async () => {
    await setState(clients.agent_a, 'idle');
    await clients.agent_a.post('/api/telephony/simulator/inbound', { kind: 'alarm', terminalId: 'PD-0001' });
    const alarm = await eventually(async () => (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.find((p) => p.kind === 'alarm'), 10_000, 'the alarm pop');
    await clients.agent_a.post(`/api/telephony/pops/${alarm.id}/take`, {});
    expect((await current('agent_a')).body).toMatchObject({ pop: { id: alarm.id, kind: 'alarm' }, call: null });

    const other = await clients.agent_b.post<{ error: { code: string } }>(`/api/telephony/pops/${alarm.id}/finish`, {});
    expect(other.status).toBe(404);
    expect((await clients.agent_a.post('/api/telephony/pops/00000000-0000-4000-8000-000000000000/finish', {})).status).toBe(404);
    expect((await me('agent_a')).body.agent.state).toBe('busy');

    const done = await clients.agent_a.post<{ agent: Agent }>(`/api/telephony/pops/${alarm.id}/finish`, {});
    expect(done.status).toBe(200);
    expect(done.body.agent.state).toBe('after_call');
    await eventually(async () => ((await me('agent_a')).body.agent.state === 'idle' ? true : undefined), 15_000, 'idle after the wrap-up');
    // Done and idle: it is no longer hers to finish.
    expect((await clients.agent_a.post(`/api/telephony/pops/${alarm.id}/finish`, {})).status).toBe(409);
  });

  it('given her son’s phone on the elder’s file, when he calls, then the pop carries him as the relative who called, with his relation and number', async () => {
    await setState(clients.agent_a, 'idle');
    const callId = await ring('13905310001');
    const pop = await popOf(callId);
    expect(pop.elders).toHaveLength(1);
    expect(pop.elders[0]).toMatchObject({ name: '王秀英', matchedBy: 'relative_phone', via: '刘建国', relative: { name: '刘建国', relation: 'son', phone: '13905310001' } });
    // Her own phone: no relative called.
    const direct = await popOf(await ring('0531-88001234'));
    expect(direct.elders[0]).toMatchObject({ matchedBy: 'elder_phone', relative: null });
  });
});
