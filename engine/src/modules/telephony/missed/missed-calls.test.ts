import { ApiClient } from '../../../../test/support/api-client';
import { testDatabases } from '../../../../test/support/databases';
import { inboundEnv, quietDesk, seedDesk, setState } from '../../../../test/support/inbound-fixtures';
import { loggedIn } from '../../../../test/support/role-clients';
import { useTestEngine } from '../../../../test/support/test-engine';
import { telephonyModule } from '..';

type Missed = { id: string; at: string; callerNumber: string | null; elderName: string | null; kind: string; status: string; tries: number; waitedSec: number; callbackCallId: string | null; outcome: string | null; note: string | null; clearedBy: string | null };
type MissedList = { items: Missed[]; total: number };
type Placed = { missed: Missed; call: { id: string; mode: string; to: string; from: string; status: string } };
const HOME = '053188001234'; // 王秀英's landline (as dialled in): her area, 历下区

describe.each(testDatabases())('missed calls (未接来电) on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let far: ApiClient;

  beforeAll(async () => {
    ({ clients } = await seedDesk(engine, ['agent_a', 'lead_a']));
    far = await loggedIn(engine, 'far_agent', ['agent'], { areaScope: ['370103'] });
  });
  beforeEach(async () => quietDesk(engine, clients));

  const ring = async (from: string) => (await clients.agent_a.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from })).body.callId;
  const hangUp = (callId: string) => clients.agent_a.post(`/api/telephony/simulator/inbound/${callId}/hangup`, {});
  const open = async (client = clients.agent_a) => (await client.get<MissedList>('/api/calls/missed')).body;
  const find = async (id: string, client = clients.agent_a) => (await client.get<MissedList>('/api/calls/missed?status=all&pageSize=200')).body.items.find((m) => m.id === id);

  it('given every agent on break, when a caller hangs up in the queue and the end is reported again, then one abandoned call waits, with the elder named; an answered call is not listed', async () => {
    const callId = await ring(HOME);
    expect((await hangUp(callId)).status).toBe(200);
    expect((await hangUp(callId)).status).toBe(200);
    const answered = await ring('13911112222');
    await clients.agent_a.post(`/api/telephony/simulator/inbound/${answered}/answer`, {});
    await hangUp(answered);

    const listed = await open();
    expect(listed.items.filter((m) => m.id === callId)).toEqual([expect.objectContaining({ kind: 'abandoned', status: 'open', tries: 0, callerNumber: HOME, elderName: '王秀英' })]);
    expect(listed.items.some((m) => m.id === answered)).toBe(false);
    expect(listed.items[0].waitedSec).toBeGreaterThanOrEqual(0);
  });

  it('given an idle agent, when the call rings at them and the caller hangs up, then it is missed (not abandoned)', async () => {
    await setState(clients.agent_a, 'idle');
    const callId = await ring('13922223333');
    await hangUp(callId);
    expect(await find(callId)).toMatchObject({ kind: 'missed', status: 'open' });
  });

  it('given a missed call, when the agent calls back twice, records no answer, calls back and records 已回拨接通, then one call per try rings the caller and the call leaves the list', async () => {
    const callId = await ring('13933334444');
    await hangUp(callId);
    const first = await clients.agent_a.post<Placed>(`/api/calls/missed/${callId}/callback`, {});
    expect(first.status).toBe(200);
    expect(first.body.call).toMatchObject({ mode: 'click_to_call', to: '13933334444', from: 'agent_a', status: 'ringing' });
    expect((await clients.agent_a.post<Placed>(`/api/calls/missed/${callId}/callback`, {})).body.call.id).toBe(first.body.call.id);
    expect((await find(callId))?.callbackCallId).toBe(first.body.call.id);

    const noAnswer = await clients.agent_a.post<{ missed: Missed }>(`/api/calls/missed/${callId}/outcome`, { outcome: 'no_answer' });
    expect(noAnswer.body.missed).toMatchObject({ status: 'open', tries: 1, outcome: 'no_answer' });
    const second = await clients.agent_a.post<Placed>(`/api/calls/missed/${callId}/callback`, {});
    expect(second.body.call.id).not.toBe(first.body.call.id);
    const reached = await clients.agent_a.post<{ missed: Missed }>(`/api/calls/missed/${callId}/outcome`, { outcome: 'reached', note: '老人已确认无事' });
    expect(reached.body.missed).toMatchObject({ status: 'cleared', tries: 2, outcome: 'reached', note: '老人已确认无事', clearedBy: 'agent_a' });

    expect((await open()).items.some((m) => m.id === callId)).toBe(false);
    expect((await clients.agent_a.get<MissedList>('/api/calls/missed?status=cleared&pageSize=200')).body.items.map((m) => m.id)).toContain(callId);
    expect((await clients.agent_a.post(`/api/calls/missed/${callId}/outcome`, { outcome: 'not_needed' })).status).toBe(409);
    expect((await clients.agent_a.post(`/api/calls/missed/${callId}/callback`, {})).status).toBe(409);
    expect((await clients.agent_a.post(`/api/calls/missed/${callId}/outcome`, { outcome: 'maybe' })).status).toBe(400);
  });

  it('given missed calls in 历下区 and of an unknown number, when an agent of 市中区 reads the list and the summary, then only the unknown one is theirs; the other is 404 to them', async () => {
    const home = await ring(HOME);
    await hangUp(home);
    const unknown = await ring('13944445555');
    await hangUp(unknown);
    const farIds = (await open(far)).items.map((m) => m.id);
    expect(farIds).toContain(unknown);
    expect(farIds).not.toContain(home);
    expect((await far.post(`/api/calls/missed/${home}/callback`, {})).status).toBe(404);
    expect((await far.post(`/api/calls/missed/${home}/outcome`, { outcome: 'not_needed' })).status).toBe(404);

    const { missedCalls } = engine.running.engine.given(telephonyModule);
    const all = await missedCalls.summary(null);
    const farOnly = await missedCalls.summary(['/3701/370103/']);
    const listed = await open(clients.lead_a);
    expect(all.waiting).toBe(listed.total);
    expect(farOnly.waiting).toBe((await open(far)).total);
    expect(farOnly.waiting).toBeLessThan(all.waiting);
    expect(all.oldestAt?.getTime()).toBe(new Date(listed.items[0].at).getTime());
  });

  it('given a masked-phone role, when it reads the list, then it is refused (operators only)', async () => {
    const auditor = await loggedIn(engine, 'auditor_m', ['auditor']);
    expect((await auditor.get('/api/calls/missed')).status).toBe(403);
  });
});
