import { ApiClient } from '../../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../../test/support/databases';
import { useTestEngine } from '../../../../test/support/test-engine';
import { inboundEnv, Pop, quietDesk, seedDesk, setState } from '../../../../test/support/inbound-fixtures';

type Simulated = { eventIds: string[]; callId?: string; caseId?: string; attachedTo?: string; error?: { code: string; details?: { path: string }[] } };
type CallView = { id: string; status: string; outcome: string | null; durationSec: number | null; direction: string; mode: string };

describe.each(testDatabases())('the inbound simulator and transfers on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let ids: Record<string, string>;
  let elderId: string;

  beforeAll(async () => {
    ({ elderId, clients, ids } = await seedDesk(engine, ['agent_a', 'agent_b']));
    await engine.admin.post('/api/groups', { key: 'outreach', name: '外呼组' });
    await engine.admin.post('/api/users', { username: 'agent_c', password: 'password-123', displayName: 'agent_c', roles: ['agent'], groups: ['outreach'] });
    clients.agent_c = new ApiClient(engine.running.url);
    await clients.agent_c.login('agent_c', 'password-123');
    await engine.admin.post('/api/forms', { key: 'sim-form', title: '咨询', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'sim-consult', names: { 'zh-CN': '咨询', en: 'Consult' }, category: 'consult' });
    const bpmnXml = chain(uniqueProcessId('sim'), [{ id: 'answer', xml: userTask('answer', 'sim-form', 'hotline') }]);
    await engine.admin.post('/api/service-types/sim-consult/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], ivrDigit: '8' } });
    await engine.admin.post('/api/service-types/sim-consult/publish', { version: 1 });
  });
  beforeEach(async () => quietDesk(engine, clients));

  it('given an idle agent, when the simulator rings with key 8 and the agent answers and hangs up, then a case opens, the agent is busy then after call, and the call ends with its duration', async () => {
    await setState(clients.agent_a, 'idle');
    const rang = await clients.agent_a.post<Simulated>('/api/telephony/simulator/inbound', { kind: 'call', from: '0531-88001234', digits: '8' });
    expect(rang.status).toBe(202);
    expect(rang.body).toMatchObject({ eventIds: [expect.any(String), expect.any(String)], callId: expect.any(String), caseId: expect.any(String) });
    const opened = (await engine.admin.get<{ case: { elderId: string; serviceTypeKey: string } }>(`/api/cases/${rang.body.caseId}`)).body.case;
    expect(opened).toMatchObject({ elderId, serviceTypeKey: 'sim-consult' });
    const answered = await clients.agent_a.post<{ call: CallView }>(`/api/telephony/simulator/inbound/${rang.body.callId}/answer`, {});
    expect(answered.body.call).toMatchObject({ status: 'answered', outcome: 'answered', direction: 'inbound', mode: 'inbound' });
    expect((await clients.agent_a.get<{ agent: { state: string } }>('/api/telephony/agents/me')).body.agent.state).toBe('busy');
    expect((await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops).toEqual([]);
    const hung = await clients.agent_a.post<{ call: CallView }>(`/api/telephony/simulator/inbound/${rang.body.callId}/hangup`, { durationSec: 75 });
    expect(hung.body.call).toMatchObject({ status: 'ended', outcome: 'answered', durationSec: 75 });
    expect((await clients.agent_a.get<{ agent: { state: string } }>('/api/telephony/agents/me')).body.agent.state).toBe('after_call');
    const timeline = (await engine.admin.get<{ timeline: { type: string; data: { durationSec?: number } }[] }>(`/api/cases/${rang.body.caseId}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'call.ended').map((e) => e.data.durationSec)).toEqual([75]);
  });

  it('given bad simulator input, when it is sent, then 400 names the field and no call rings', async () => {
    const before = (await engine.admin.get<{ items: unknown[] }>('/api/calls?limit=200')).body.items.length;
    const noTerminal = await clients.agent_a.post<Simulated>('/api/telephony/simulator/inbound', { kind: 'alarm' });
    const badKind = await clients.agent_a.post<Simulated>('/api/telephony/simulator/inbound', { kind: 'fax', from: '13800000000' });
    expect([noTerminal.status, badKind.status]).toEqual([400, 400]);
    expect(noTerminal.body.error?.details?.map((d) => d.path)).toEqual(['terminalId']);
    expect(badKind.body.error?.details?.map((d) => d.path)).toEqual(['kind']);
    expect((await engine.admin.get<{ items: unknown[] }>('/api/calls?limit=200')).body.items.length).toBe(before);
    expect((await clients.agent_a.post('/api/telephony/simulator/inbound/00000000-0000-4000-8000-000000000000/answer', {})).status).toBe(404);
  });

  it('given a call agent A took, when A transfers it to the outreach group, then the idle outreach agent gets it; an unknown group is a 400', async () => {
    await setState(clients.agent_a, 'idle');
    await setState(clients.agent_c, 'idle');
    const rang = await clients.agent_a.post<Simulated>('/api/telephony/simulator/inbound', { kind: 'call', from: '13712340000' });
    const pop = (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.find((p) => p.callId === rang.body.callId) as Pop;
    expect(pop.offeredTo).toBe(ids.agent_a);
    expect((await clients.agent_a.post(`/api/telephony/pops/${pop.id}/take`)).status).toBe(200);
    expect((await clients.agent_a.post(`/api/telephony/calls/${rang.body.callId}/transfer`, { group: 'nope' })).status).toBe(400);
    const moved = await clients.agent_a.post<{ pop: Pop }>(`/api/telephony/calls/${rang.body.callId}/transfer`, { group: 'outreach' });
    expect(moved.status).toBe(200);
    expect(moved.body.pop).toMatchObject({ id: pop.id, takenBy: null });
    expect((await clients.agent_c.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.map((p) => [p.id, p.offeredTo])).toEqual([[pop.id, moved.body.pop.offeredTo]]);
    expect(moved.body.pop.offeredTo).not.toBe(ids.agent_a);
  });
});
