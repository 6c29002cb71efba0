import ExcelJS from 'exceljs';
import { AgentStateEntity } from '../telephony/agents/entities';
import { CallEntity } from '../telephony/entities';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { inboundEnv, quietDesk, seedDesk, sendEvent, setState } from '../../../test/support/inbound-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import type { CallReportAnswer } from '@careflow/contracts';
import { statsModule } from '.';

/** A past Monday in the bureau's zone (Asia/Shanghai, +08:00): the scripted day. */
const DAY = '2026-03-02';
const at = (clock: string) => `${DAY}T${clock}+08:00`;

describe.each(testDatabases())('call figures over a scripted day on $name', ({ create }) => {
  const engine = useTestEngine(create, inboundEnv());
  let clients: Record<string, ApiClient>;
  let ids: Record<string, string>;
  const url = () => engine.running.url;
  let n = 0;
  const event = (type: string, callId: string, clock: string, fields: Record<string, unknown> = {}) => sendEvent(url(), { id: `stats-${++n}`, type, callId, at: at(clock), ...fields });
  const report = async (query: string, client: ApiClient = clients.lead_1) => {
    const res = await client.get<CallReportAnswer>(`/api/reports/calls?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** Ends the agent's 话后处理 after exactly `seconds` (the state's start is moved back). */
  const wrapUp = async (agent: string, seconds: number, next: 'idle' | 'break') => {
    const states = engine.running.dataSource.getRepository(AgentStateEntity);
    await eventually(async () => ((await states.findOneBy({ userId: ids[agent] }))?.state === 'after_call' ? true : undefined), 10_000, `${agent} in after-call work`);
    await states.update({ userId: ids[agent] }, { since: new Date(Date.now() - seconds * 1000) });
    await setState(clients[agent], next);
  };

  beforeAll(async () => {
    ({ clients, ids } = await seedDesk(engine, ['agent_a', 'agent_b', 'lead_1']));
    await quietDesk(engine, clients);
    // 09:00 the elder's son rings agent_a: answered after 10 s, 180 s talk, 45 s wrap-up.
    await setState(clients.agent_a, 'idle');
    await event('call.ringing', 'c1', '09:00:00', { from: '13905310001', to: '12349' });
    await event('call.answered', 'c1', '09:00:10', { agent: 'agent_a' });
    await event('call.ended', 'c1', '09:03:10', { durationSec: 180 });
    await wrapUp('agent_a', 45, 'idle');
    // 09:10 a stranger rings agent_a: answered after 20 s (outside the 15 s), 120 s talk, 15 s wrap-up.
    await event('call.ringing', 'c2', '09:10:00', { from: '13800000002', to: '12349' });
    await event('call.answered', 'c2', '09:10:20', { agent: 'agent_a' });
    await event('call.ended', 'c2', '09:12:20');
    await wrapUp('agent_a', 15, 'break');
    // 10:00 nobody is free: the caller gives up in the queue after 40 s (abandoned).
    await event('call.ringing', 'c3', '10:00:00', { from: '13800000003', to: '12349' });
    await event('call.ended', 'c3', '10:00:40');
    // 10:05 it rings at agent_b, who does not pick up; the caller hangs up after 30 s (missed).
    await setState(clients.agent_b, 'idle');
    await event('call.ringing', 'c4', '10:05:00', { from: '13800000004', to: '12349' });
    await event('call.ended', 'c4', '10:05:30');
    // 11:00 from the queue, agent_b answers after 5 s: 60 s talk, 30 s wrap-up.
    await setState(clients.agent_b, 'break');
    await event('call.ringing', 'c5', '11:00:00', { from: '13800000005', to: '12349' });
    await event('call.answered', 'c5', '11:00:05', { agent: 'agent_b' });
    await event('call.ended', 'c5', '11:01:05');
    await wrapUp('agent_b', 30, 'break');
  });

  it('given the scripted day, when the supervisor reads the call report, then every KPI is the hand-computed value', async () => {
    const expected = {
      offered: 5,
      answered: 3,
      answeredWithin15s: 2,
      abandoned: 1,
      missed: 1,
      connectRate: 0.6,
      within15sRate: 0.4, // 2 / 5
      abandonWaitSec: 35, // (40 + 30) / 2
      asaSec: 11.7, // (10 + 20 + 5) / 3
      ahtSec: 150, // (180 + 120 + 60 talk + 45 + 15 + 30 wrap-up) / 3
      afterCallSec: 30, // 90 / 3
    };
    const body = await eventually(async () => {
      const r = await report(`from=${DAY}&to=${DAY}`);
      return r.total.offered === 5 && r.total.afterCallSec !== null && r.total.ahtSec === 150 ? r : undefined;
    }, 15_000, 'the day counted');
    expect(body.total).toMatchObject(expected);
    expect(body.rows).toEqual([expect.objectContaining({ key: DAY, ...expected })]);
    expect(body.byHourOfDay.filter((h) => h.offered > 0)).toEqual([
      { hour: 9, offered: 2, answered: 2, abandoned: 0, missed: 0 },
      { hour: 10, offered: 2, answered: 0, abandoned: 1, missed: 1 },
      { hour: 11, offered: 1, answered: 1, abandoned: 0, missed: 0 },
    ]);
  });

  it('given the scripted day, when grouped by agent and filtered by the elder’s area, then each agent and the area hold their own calls', async () => {
    const byAgent = await report(`from=${DAY}&to=${DAY}&groupBy=agent`);
    expect(byAgent.rows.map((r) => [r.key, r.offered, r.answered, r.ahtSec])).toEqual([
      ['', 2, 0, null],
      ['agent_a', 2, 2, 180], // (180 + 120 + 45 + 15) / 2
      ['agent_b', 1, 1, 90],
    ]);
    const area = await report(`from=${DAY}&to=${DAY}&areaCode=370102001001`);
    expect(area.total).toMatchObject({ offered: 1, answered: 1, answeredWithin15s: 1, asaSec: 10, ahtSec: 225 });
    expect((await report(`from=${DAY}&to=${DAY}&agent=agent_b`)).total).toMatchObject({ offered: 1, answered: 1, asaSec: 5 });
    expect((await report(`from=${DAY}&to=${DAY}&agent=agent_a&areaCode=370102001001&groupBy=hour`)).rows.map((r) => [r.key, r.offered, r.ahtSec])).toEqual([[`${DAY} 09`, 1, 225]]);
    expect((await report(`from=${DAY}&to=${DAY}&agent=agent_a&areaCode=370102001002`)).total.offered).toBe(0);
    // The day before holds nothing.
    expect((await report('from=2026-03-01&to=2026-03-01')).total).toMatchObject({ offered: 0, connectRate: null, asaSec: null });
  });

  it('given a supervisor limited to another area, when they read the day, then only calls within their area count (none)', async () => {
    const other = (await engine.admin.post<{ user: { id: string } }>('/api/users', { username: 'lead_far', password: 'password-123', displayName: '远区班长', roles: ['supervisor'], areaScope: ['370102001002'] })).body;
    expect(other.user.id).toBeTruthy();
    const far = new ApiClient(url());
    await far.login('lead_far', 'password-123');
    expect((await report(`from=${DAY}&to=${DAY}`, far)).total).toMatchObject({ offered: 0, answered: 0 });
    const byHour = await report(`from=${DAY}&to=${DAY}&groupBy=hour`, far);
    expect([byHour.rows, byHour.byHourOfDay.filter((h) => h.offered > 0)]).toEqual([[], []]);
    expect((await report(`from=${DAY}&to=${DAY}&groupBy=agent`, far)).rows).toEqual([]);
  });

  it('given a call already counted, when the catch-up pass runs and the call is counted again, then nothing is added twice; an ended call the engine never counted is added', async () => {
    const calls = engine.running.dataSource.getRepository(CallEntity);
    const c1 = await calls.findOneByOrFail({ key: 'sw1:c1' });
    const tally = engine.running.engine.given(statsModule).tally;
    expect(await tally.count(c1.id)).toBe(false);
    const startedAt = new Date(Date.now() - 3600_000);
    await calls.insert({ ...c1, id: '00000000-0000-4000-8000-00000000c0de', key: 'sw1:uncounted', startedAt, answeredAt: new Date(startedAt.getTime() + 3000), endedAt: new Date(startedAt.getTime() + 63_000), durationSec: 60, agent: 'agent_b', areaPath: null });
    expect(await tally.runOnce()).toBe(1);
    expect(await tally.runOnce()).toBe(0);
    const today = new Date(startedAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    expect((await report(`from=${today}&to=${today}&agent=agent_b`)).total).toMatchObject({ offered: 1, answered: 1, asaSec: 3 });
    expect((await report(`from=${DAY}&to=${DAY}`)).total.offered).toBe(5);
  });

  it('given the scripted day, when the report is exported, then the Excel holds the same figures as the JSON', async () => {
    const json = await report(`from=${DAY}&to=${DAY}&groupBy=hour`);
    const res = await clients.lead_1.download(`/api/reports/calls.xlsx?from=${DAY}&to=${DAY}&groupBy=hour`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    expect(values(1).slice(0, 4)).toEqual(['小时', '呼入量', '人工接通量', '15秒内接通量']);
    expect(json.rows.map((r) => r.key)).toEqual([`${DAY} 09`, `${DAY} 10`, `${DAY} 11`]);
    expect(values(2).slice(0, 3)).toEqual([`${DAY} 09`, '2', '2']);
    expect(values(5).slice(0, 7)).toEqual(['合计', '5', '3', '2', '1', '1', '0.6']);
  });

  it('given bad periods, when the report is asked for, then 400 names the field and nothing is read', async () => {
    expect((await clients.lead_1.get(`/api/reports/calls?from=${DAY}&to=2026-03-01`)).status).toBe(400);
    expect((await clients.lead_1.get('/api/reports/calls?from=2026-13-01&to=2026-13-02')).status).toBe(400);
    expect((await clients.lead_1.get(`/api/reports/calls?from=${DAY}&to=${DAY}&groupBy=elder`)).status).toBe(400);
    expect((await clients.agent_a.get(`/api/reports/calls?from=${DAY}&to=${DAY}`)).status).toBe(403);
  });
});
