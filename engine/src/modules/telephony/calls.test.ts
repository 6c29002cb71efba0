import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { listen } from '../../../test/support/live-client';
import { useTestEngine } from '../../../test/support/test-engine';

type CallBody = { call: Record<string, unknown> & { id: string; status: string; outcome: string | null; to: string }; repeated?: boolean; error?: { code: string; details?: { path: string }[] } };

describe.each(testDatabases())('call records on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let connector: ApiClient;
  let agent: ApiClient;
  let auditor: ApiClient;

  beforeAll(async () => {
    const { token } = await engine.running.engine.identity.openServiceSession('connectors');
    connector = new ApiClient(engine.running.url);
    const bearer = { authorization: `Bearer ${token}` };
    const original = connector.request.bind(connector);
    connector.request = (method, path, body, headers = {}) => original(method, path, body, { ...bearer, ...headers });
    for (const [username, roles] of [['agent1', ['agent']], ['auditor1', ['auditor']]] as const) {
      await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles });
    }
    agent = new ApiClient(engine.running.url);
    await agent.login('agent1', 'password-123');
    auditor = new ApiClient(engine.running.url);
    await auditor.login('auditor1', 'password-123');
  });

  const robot = (key: string, extra: Record<string, unknown> = {}) =>
    connector.post<CallBody>('/api/calls', { key, mode: 'robot', to: '13800138000', toName: '王小明', message: '您的家人触发了紧急呼叫，收到请按1', adapter: 'simulator', ...extra });

  it('given a connector, when it places a call twice with one key, then one record exists and the second answer is the stored call', async () => {
    const first = await robot('job-1/call:13800138000');
    const again = await robot('job-1/call:13800138000');
    expect(first.status).toBe(201);
    expect(first.body.call).toMatchObject({ status: 'ringing', outcome: null, mode: 'robot', confirmDigit: '1', direction: 'outbound', to: '138****8000' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ repeated: true, call: { id: first.body.call.id } });
    const listed = await agent.get<{ items: { id: string; to: string }[] }>('/api/calls?status=ringing');
    expect(listed.body.items.filter((c) => c.id === first.body.call.id)).toEqual([expect.objectContaining({ to: '13800138000' })]);
  });

  it('given a ringing robot call, when the simulator answers with digit 1, then it ends confirmed with the digits, and the auditor sees the number masked', async () => {
    const { call } = (await robot('job-2/call')).body;
    const answered = await agent.post<CallBody>(`/api/telephony/simulator/calls/${call.id}/answer`, { digits: '1' });
    expect(answered.status).toBe(200);
    expect(answered.body.call).toMatchObject({ status: 'ended', outcome: 'confirmed', digits: '1', hangupCause: 'NORMAL_CLEARING', to: '13800138000' });
    expect((await auditor.get<CallBody>(`/api/calls/${call.id}`)).body.call).toMatchObject({ outcome: 'confirmed', to: '138****8000' });
    expect((await connector.get<CallBody>(`/api/calls/${call.id}`)).body.call.outcome).toBe('confirmed');
  });

  it('given a robot call answered without digits, when the callee presses 2 then, then it ends answered, not confirmed', async () => {
    const { call } = (await robot('job-3/call')).body;
    expect((await agent.post<CallBody>(`/api/telephony/simulator/calls/${call.id}/answer`, {})).body.call).toMatchObject({ status: 'answered', outcome: null });
    expect((await agent.post<CallBody>(`/api/telephony/simulator/calls/${call.id}/digits`, { digits: '2' })).body.call).toMatchObject({ status: 'ended', outcome: 'answered', digits: '2' });
  });

  it.each([
    ['busy', 'busy', 'USER_BUSY'],
    ['no-answer', 'no_answer', 'NO_ANSWER'],
    ['hangup', 'no_answer', 'NO_ANSWER'],
  ])('given a ringing call, when the simulator reports %s, then it ends as %s with cause %s', async (action, outcome, cause) => {
    const { call } = (await robot(`job-4/${action}`)).body;
    const ended = await agent.post<CallBody>(`/api/telephony/simulator/calls/${call.id}/${action}`);
    expect(ended.body.call).toMatchObject({ status: 'ended', outcome, hangupCause: cause, durationSec: 0 });
    const again = await agent.post<CallBody>(`/api/telephony/simulator/calls/${call.id}/answer`, {});
    expect(again.status).toBe(409);
    expect((await agent.get<CallBody>(`/api/calls/${call.id}`)).body.call.outcome).toBe(outcome);
  });

  it('given an agent, when they place a click-to-call and the callee answers and hangs up, then it is answered with the agent as caller', async () => {
    const placed = await agent.post<CallBody>('/api/calls', { mode: 'click_to_call', to: '0531-88886666' });
    expect(placed.body.call).toMatchObject({ from: 'agent1', to: '053188886666', adapter: 'simulator' });
    expect((await agent.post<CallBody>(`/api/telephony/simulator/calls/${placed.body.call.id}/answer`, {})).body.call).toMatchObject({ status: 'answered', outcome: 'answered' });
    expect((await agent.post<CallBody>(`/api/telephony/simulator/calls/${placed.body.call.id}/hangup`)).body.call).toMatchObject({ status: 'ended', outcome: 'answered', hangupCause: 'NORMAL_CLEARING' });
  });

  it('given an adapter, when it reports answered then ended, then the call follows; a repeated end is accepted, a contrary one is 409', async () => {
    const { call } = (await robot('job-5/call', { adapter: 'freeswitch' })).body;
    expect((await connector.request<CallBody>('PATCH', `/api/calls/${call.id}`, { event: 'answered' })).body.call.status).toBe('answered');
    const end = { event: 'ended', outcome: 'confirmed', digits: '1', hangupCause: 'NORMAL_CLEARING' };
    expect((await connector.request<CallBody>('PATCH', `/api/calls/${call.id}`, end)).body.call).toMatchObject({ status: 'ended', outcome: 'confirmed' });
    expect((await connector.request<CallBody>('PATCH', `/api/calls/${call.id}`, end)).status).toBe(200);
    expect((await connector.request<CallBody>('PATCH', `/api/calls/${call.id}`, { ...end, outcome: 'busy' })).status).toBe(409);
    expect((await agent.post<CallBody>(`/api/telephony/simulator/calls/${call.id}/answer`, {})).status).toBe(409);
  });

  it.each([
    ['a number with letters', { to: '1380013800a' }, 'to'],
    ['a robot call without a message', { message: undefined }, 'message'],
    ['an unknown mode', { mode: 'fax' }, 'mode'],
    ['a confirm digit of two keys', { confirmDigit: '12' }, 'confirmDigit'],
    ['an unknown case', { caseId: '00000000-0000-4000-8000-000000000000' }, 'caseId'],
  ])('given %s, when placed, then 400 names the field and nothing is stored', async (_what, extra, field) => {
    const count = async () => (await agent.get<{ items: unknown[] }>('/api/calls?limit=200')).body.items.length;
    const before = await count();
    const res = await robot(`bad/${field}`, extra);
    expect(res.status).toBe(400);
    expect(res.body.error?.details?.map((d) => d.path)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('given roles, when they reach the routes, then an auditor cannot place calls or drive the simulator and an agent cannot report as an adapter', async () => {
    const { call } = (await robot('job-6/call')).body;
    expect((await auditor.post('/api/calls', { mode: 'click_to_call', to: '13800138000' })).status).toBe(403);
    expect((await auditor.post(`/api/telephony/simulator/calls/${call.id}/busy`)).status).toBe(403);
    expect((await agent.request('PATCH', `/api/calls/${call.id}`, { event: 'answered' })).status).toBe(403);
    expect((await agent.get<CallBody>(`/api/calls/${call.id}`)).body.call.status).toBe('ringing');
  });

  it('given an agent listening live, when a call is placed and answered, then call.updated events arrive with the call', async () => {
    await engine.admin.post('/api/users', { username: 'agent2', password: 'password-123', displayName: 'agent2', roles: ['agent'] });
    const socket = await listen(engine.running.url, 'agent2');
    try {
      const { call } = (await robot('job-7/call')).body;
      await agent.post(`/api/telephony/simulator/calls/${call.id}/answer`, { digits: '1' });
      await new Promise((r) => setTimeout(r, 500));
      const updates = socket.heard.filter((m) => m.type === 'call.updated' && (m as unknown as CallBody).call.id === call.id) as unknown as CallBody[];
      expect(updates.map((u) => u.call.status)).toEqual(['ringing', 'ended']);
      expect(updates[1].call).toMatchObject({ outcome: 'confirmed', to: '13800138000' });
    } finally {
      socket.ws.close();
    }
  });
});
