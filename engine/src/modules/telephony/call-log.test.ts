import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { inboundEnv, Pop, quietDesk, seedDesk, setState } from '../../../test/support/inbound-fixtures';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';

type Call = { id: string; caseId: string | null; caseNumber?: string | null; direction: string; mode: string; from: string | null; to: string; outcome: string | null; startedAt: string };
type Log = { items: Call[]; total: number; error?: { code: string } };
type Timeline = { timeline: { type: string; data: { callId?: string; durationSec?: number } }[] };
const HOME = '053188001234'; // 王秀英's landline: her calls are in 历下区

describe.each(testDatabases())('the call log (通话记录) on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let far: ApiClient;
  let elderId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ clients, elderId } = await seedDesk(engine, ['agent_a', 'lead_a']));
    far = await loggedIn(engine, 'far_agent', ['agent'], { areaScope: ['370103'] });
    await engine.admin.post('/api/forms', { key: 'log-form', title: '咨询', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'log-consult', names: { 'zh-CN': '咨询', en: 'Consult' }, category: 'consult' });
    const bpmnXml = chain(uniqueProcessId('log'), [{ id: 'answer', xml: userTask('answer', 'log-form', 'hotline') }]);
    await engine.admin.post('/api/service-types/log-consult/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin', 'supervisor', 'agent'] } });
    await engine.admin.post('/api/service-types/log-consult/publish', { version: 1 });
    await quietDesk(engine, clients);

    // An inbound call answered by agent_a, agent_a's click-to-call nobody answers, the lead's robot call.
    ids.inbound = (await clients.agent_a.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: HOME })).body.callId;
    await clients.agent_a.post(`/api/telephony/simulator/inbound/${ids.inbound}/answer`, {});
    await clients.agent_a.post(`/api/telephony/simulator/inbound/${ids.inbound}/hangup`, { durationSec: 30 });
    ids.click = (await clients.agent_a.post<{ call: Call }>('/api/calls', { mode: 'click_to_call', to: '13800001111' })).body.call.id;
    await clients.agent_a.post(`/api/telephony/simulator/calls/${ids.click}/no-answer`, {});
    ids.robot = (await clients.lead_a.post<{ call: Call }>('/api/calls', { mode: 'robot', to: '13800002222', message: '您好，这里是养老热线' })).body.call.id;
  });
  beforeEach(async () => quietDesk(engine, clients));

  const log = async (query: string, client = clients.lead_a) => (await client.get<Log>(`/api/calls?${query}`)).body;
  const idsOf = async (query: string, client = clients.lead_a) => (await log(query, client)).items.map((c) => c.id);

  it('given calls of each kind, when the log is searched by number, agent, direction, mode and outcome, then each filter finds its calls only', async () => {
    expect(await idsOf('number=0531-8800')).toEqual([ids.inbound]);
    expect(await idsOf('number=13800001111')).toEqual([ids.click]);
    const byAgent = await idsOf('agent=agent_a');
    expect(byAgent).toEqual(expect.arrayContaining([ids.inbound, ids.click]));
    expect(byAgent).not.toContain(ids.robot);
    expect((await log('direction=inbound')).items.every((c) => c.direction === 'inbound')).toBe(true);
    expect(await idsOf('mode=robot')).toEqual([ids.robot]);
    expect(await idsOf('outcome=no_answer&direction=outbound')).toEqual([ids.click]);
    expect((await clients.lead_a.get<Log>('/api/calls?direction=sideways')).status).toBe(400);
  });

  it('given the calls, when the log is read by start time and by pages, then the range and the pages hold what they should, newest first', async () => {
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const hourAhead = new Date(Date.now() + 3600_000).toISOString();
    expect((await log(`from=${hourAhead}`)).total).toBe(0);
    expect((await log(`to=${hourAgo}`)).total).toBe(0);
    expect((await log(`from=${hourAgo}&to=${hourAhead}`)).total).toBeGreaterThanOrEqual(3);
    const first = await log('pageSize=2&page=1');
    const second = await log('pageSize=2&page=2');
    expect(first.total).toBe(second.total);
    expect(first.items).toHaveLength(2);
    expect(second.items.map((c) => c.id).filter((id) => first.items.some((c) => c.id === id))).toEqual([]);
    const all = (await log('pageSize=200')).items.map((c) => Date.parse(c.startedAt));
    expect(all).toEqual([...all].sort((a, b) => b - a));
    // Older callers still page with `limit`.
    expect((await log('status=ended&limit=1')).items).toHaveLength(1);
  });

  it('given an agent of 市中区, when they read the log, then 王秀英’s call in 历下区 is not theirs; calls of no area are', async () => {
    expect(await idsOf(`number=${HOME}`, far)).toEqual([]);
    expect(await idsOf('number=13800001111', far)).toEqual([ids.click]);
  });

  it('given an agent on 王秀英’s call, when they open a case from it (新建工单) and hang up, then the call is on the case, searchable by its number, and its end is on the case’s timeline', async () => {
    await setState(clients.agent_a, 'idle');
    const callId = (await clients.agent_a.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: HOME })).body.callId;
    const pop = (await clients.agent_a.get<{ pops: Pop[] }>('/api/telephony/pops')).body.pops.find((p) => p.callId === callId) as Pop;
    await clients.agent_a.post(`/api/telephony/pops/${pop.id}/take`);
    const opened = (await clients.agent_a.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'log-consult', channel: 'phone', elderId })).body.case;

    const linked = await clients.agent_a.post<{ call: Call }>(`/api/calls/${callId}/case`, { caseId: opened.id });
    expect(linked.status).toBe(200);
    expect(linked.body.call.caseId).toBe(opened.id);
    await clients.agent_a.post(`/api/telephony/simulator/inbound/${callId}/hangup`, { durationSec: 42 });

    const found = await log(`caseNumber=${opened.caseNumber.slice(-6)}`);
    expect(found.items.map((c) => [c.id, c.caseNumber])).toEqual([[callId, opened.caseNumber]]);
    expect((await log(`caseId=${opened.id}`)).items.map((c) => c.id)).toEqual([callId]);
    const timeline = (await clients.agent_a.get<Timeline>(`/api/cases/${opened.id}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'call.ended').map((e) => [e.data.callId, e.data.durationSec])).toEqual([[callId, 42]]);
    expect((await clients.agent_a.get<{ pop: Pop }>('/api/telephony/pops/current')).body.pop).toMatchObject({ caseId: opened.id, caseNumber: opened.caseNumber });
  });

  it('given a call that has ended, when a case is opened from it, then its end lands on the case at once; another case, or an agent of another district, cannot take it', async () => {
    const callId = (await clients.agent_a.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: HOME })).body.callId;
    await clients.agent_a.post(`/api/telephony/simulator/inbound/${callId}/answer`, {});
    await clients.agent_a.post(`/api/telephony/simulator/inbound/${callId}/hangup`, { durationSec: 12 });
    const open = async () => (await clients.agent_a.post<{ case: { id: string } }>('/api/cases', { serviceType: 'log-consult', channel: 'phone', elderId })).body.case.id;
    const [caseId, other] = [await open(), await open()];

    expect((await far.post(`/api/calls/${callId}/case`, { caseId })).status).toBe(404);
    expect((await clients.agent_a.post(`/api/calls/${callId}/case`, { caseId })).status).toBe(200);
    expect((await clients.agent_a.post(`/api/calls/${callId}/case`, { caseId })).status).toBe(200);
    expect((await clients.agent_a.post(`/api/calls/${callId}/case`, { caseId: other })).status).toBe(409);
    const timeline = (await clients.agent_a.get<Timeline>(`/api/cases/${caseId}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'call.ended').map((e) => e.data.durationSec)).toEqual([12]);
  });
});
