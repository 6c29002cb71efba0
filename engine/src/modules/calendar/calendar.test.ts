import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { WorkingDays } from './working-days';

type Day = { date: string; kind: 'holiday' | 'workday'; name: string };
type ErrorBody = { error: { code: string; details?: { path: string; message: string }[] } };

const SPRING_FESTIVAL_2027: Day[] = [
  { date: '2027-02-06', kind: 'holiday', name: '春节' },
  { date: '2027-02-07', kind: 'holiday', name: '春节' },
  { date: '2027-02-08', kind: 'holiday', name: '春节' },
  { date: '2027-02-20', kind: 'workday', name: '春节调休' },
];

describe.each(testDatabases())('business calendar on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let agent: ApiClient;
  const year = async (y: number) => (await agent.get<{ year: number; timeZone: string; days: Day[] }>(`/api/calendar?year=${y}`)).body;

  beforeAll(async () => {
    await engine.admin.post('/api/users', { username: 'agent_cal', password: 'password-123', displayName: '话务员', roles: ['agent'] });
    agent = new ApiClient(engine.running.url);
    await agent.login('agent_cal', 'password-123');
  });

  it('given a year’s notice, when an admin enters it, then everyone reads it in order and the change is audited', async () => {
    const put = await engine.admin.request<{ days: Day[] }>('PUT', '/api/calendar/years/2027', { days: [...SPRING_FESTIVAL_2027].reverse() });
    expect(put.status).toBe(200);
    const read = await year(2027);
    expect(read.timeZone).toBe('Asia/Shanghai');
    expect(read.days.map(({ date, kind, name }) => ({ date, kind, name }))).toEqual(SPRING_FESTIVAL_2027);
    const audit = await engine.admin.get<{ entries: { action: string; after: unknown }[] }>('/api/audit?action=calendar.replace_year');
    expect(audit.body.entries[0].after).toEqual({ days: 4 });
  });

  it('given bad days, when an admin sends them, then 400 names the day and nothing changes', async () => {
    const cases: [string, Day[], string][] = [
      ['not a date', [{ date: '2027-02-30', kind: 'holiday', name: 'x' }], 'days.0.date'],
      ['another year', [{ date: '2028-01-01', kind: 'holiday', name: '元旦' }], 'days.0.date'],
      ['a weekday made a working day', [{ date: '2027-02-10', kind: 'workday', name: 'x' }], 'days.0.kind'],
      ['a day twice', [SPRING_FESTIVAL_2027[0], SPRING_FESTIVAL_2027[0]], 'days.1.date'],
    ];
    for (const [what, days, path] of cases) {
      const res = await engine.admin.request<ErrorBody>('PUT', '/api/calendar/years/2027', { days });
      expect([what, res.status, res.body.error.details?.[0]?.path]).toEqual([what, 400, path]);
    }
    expect((await engine.admin.request('PUT', '/api/calendar/years/2027', { days: [{ date: '2027-01-01', kind: 'festival', name: 'x' }] })).status).toBe(400);
    expect((await engine.admin.request('PUT', '/api/calendar/days/tomorrow', { kind: 'holiday', name: 'x' })).status).toBe(400);
    expect((await agent.get('/api/calendar?year=twenty')).status).toBe(400);
    expect((await year(2027)).days).toHaveLength(4);
  });

  it('given one day, when an admin marks and unmarks it, then only admins may and the year shows it', async () => {
    expect((await agent.request('PUT', '/api/calendar/days/2027-10-01', { kind: 'holiday', name: '国庆节' })).status).toBe(403);
    expect((await engine.admin.request('PUT', '/api/calendar/days/2027-10-01', { kind: 'holiday', name: '国庆节' })).status).toBe(200);
    expect((await year(2027)).days.map((d) => d.date)).toContain('2027-10-01');
    expect((await engine.admin.request('DELETE', '/api/calendar/days/2027-10-01')).status).toBe(204);
    expect((await engine.admin.request('DELETE', '/api/calendar/days/2027-10-01')).status).toBe(404);
    expect((await year(2027)).days.map((d) => d.date)).not.toContain('2027-10-01');
  });

  it('given the calendar, when an agent asks for a deadline of 2 working days urged at 75 %, then it counts working days and urges three quarters of the way; bad counts are 400', async () => {
    const answer = (await agent.get<{ from: string; dueAt: string; urgeAt: string }>('/api/calendar/deadline?workingDays=2&urgePercent=75')).body;
    const from = new Date(answer.from);
    const days = [...(await year(from.getUTCFullYear())).days, ...(await year(from.getUTCFullYear() + 1)).days];
    const due = new WorkingDays(days, 'Asia/Shanghai').add(from, 2);
    expect(answer.dueAt).toBe(due.toISOString());
    expect(Date.parse(answer.urgeAt) - from.getTime()).toBe(Math.round((due.getTime() - from.getTime()) * 0.75));
    expect((await agent.get<{ urgeAt: null }>('/api/calendar/deadline?workingDays=13')).body.urgeAt).toBeNull();
    for (const bad of ['workingDays=0', 'workingDays=3&urgePercent=100', 'workingDays=x', '']) expect((await agent.get(`/api/calendar/deadline?${bad}`)).status).toBe(400);
  });
});
