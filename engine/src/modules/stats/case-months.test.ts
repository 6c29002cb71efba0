import { DataSource } from 'typeorm';
import { testDatabases } from '../../../test/support/databases';
import { useTestDataSource } from '../../../test/support/test-data-source';
import type { AuditLog } from '../audit/service';
import { AreaService } from '../areas/service';
import type { PublicUser } from '../identity/entities';
import { CaseStats } from './case-reader';
import { addCase, bucketOf, NO_CASE_SUMS } from './case-sums';
import { CaseMonthGrains1768000001300 } from './migrations/1768000001300-case-month-grains';
import { CaseAgentGrains1768000001400 } from './migrations/1768000001400-case-agent-grains';

const admin = { id: 'admin', username: 'admin', displayName: 'admin', roles: ['admin'], groups: [], areaScope: null, providerId: null } as unknown as PublicUser;
const place = (day: string, serviceType: string, areaPath: string) => ({ day, serviceType, channel: 'phone', areaPath, agent: '' });
/** Opened and closed cases over late October to early December, two types in two areas; each closes after `hours`. */
const EVENTS: [day: string, type: string, area: string, hours: number][] = [
  ['2026-10-27', 'household', '/37/01/', 2],
  ['2026-10-28', 'household', '/37/01/', 3],
  ['2026-10-31', 'complaint', '/37/02/', 30],
  ['2026-11-01', 'household', '/37/02/', 4],
  ['2026-11-15', 'complaint', '/37/01/', 50],
  ['2026-11-30', 'household', '/37/01/', 5],
  ['2026-12-01', 'complaint', '/37/02/', 70],
  ['2026-12-03', 'household', '/37/01/', 6],
  ['2026-12-04', 'complaint', '/37/01/', 80],
];

/** Whole months are read from their month rows, loose days from day rows: the figures must not change by it. */
describe.each(testDatabases())('case figures over whole months and loose days on $name', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  let stats: CaseStats;
  beforeAll(async () => {
    dataSource = database.dataSource;
    stats = new CaseStats(dataSource, new AreaService(dataSource, {} as AuditLog), 'Asia/Shanghai');
    for (const [day, type, area, hours] of EVENTS) {
      await addCase(dataSource.manager, place(day, type, area), { ...NO_CASE_SUMS, opened: 1 });
      await addCase(dataSource.manager, place(day, type, area), { ...NO_CASE_SUMS, closed: 1, durationSec: hours * 3600 }, bucketOf(hours * 3600));
    }
  });
  const read = (from: string, to: string, groupBy: 'type' | 'area' | 'day' | 'channel', areaCode?: string, now = new Date('2027-12-31T04:00:00Z')) => stats.report({ from, to, groupBy, ...(areaCode ? { areaCode } : {}) }, admin, now);

  it('given cases over late October to early December, when a period with loose days at both ends is read by type and by area, then it counts exactly the cases of its days', async () => {
    const byType = await read('2026-10-28', '2026-12-03', 'type');
    expect(byType.total).toMatchObject({ opened: 7, closed: 7, avgDurationHours: round((3 + 30 + 4 + 50 + 5 + 70 + 6) / 7) });
    expect(byType.rows.map((r) => [r.key, r.opened])).toEqual([['complaint', 3], ['household', 4]]);
    const byArea = await read('2026-10-28', '2026-12-03', 'area');
    expect(byArea.rows.map((r) => [r.key, r.opened, r.closed])).toEqual([['/37/01/', 4, 4], ['/37/02/', 3, 3]]);
    const byDay = await read('2026-10-28', '2026-12-03', 'day');
    expect(byDay.rows.map((r) => r.key)).toEqual(['2026-10-28', '2026-10-31', '2026-11-01', '2026-11-15', '2026-11-30', '2026-12-01', '2026-12-03']);
  });

  it('given most of a month, and the last 30 days read on 6 December, when read as month rows less the days outside, then the figures are exactly those of their days', async () => {
    // November less 1 November: the one case of /37/02/ that month was opened that day, so /37/02/ has no row.
    const late = await read('2026-11-02', '2026-11-30', 'area');
    expect(late.rows.map((r) => [r.key, r.opened, r.closed])).toEqual([['/37/01/', 2, 2]]);
    expect(late.total).toMatchObject({ opened: 2, closed: 2, avgDurationHours: round((50 + 5) / 2) });
    expect(late.total.p90DurationHours).toBeGreaterThanOrEqual(50);
    expect(late.total.p90DurationHours).toBeLessThan(55);
    // 6 Nov to 5 Dec, read on the 6th (local): November less 1-5 Nov, December less 6-31 Dec; the same as read day by day.
    const sixth = new Date('2026-12-06T04:00:00Z');
    const lastThirty = await read('2026-11-06', '2026-12-05', 'type', undefined, sixth);
    const byDay = await read('2026-11-06', '2026-12-05', 'day', undefined, sixth);
    expect(lastThirty.total).toEqual(byDay.total);
    expect(lastThirty.total).toMatchObject({ opened: 5, closed: 5 });
    expect(lastThirty.rows.map((r) => [r.key, r.opened])).toEqual([['complaint', 3], ['household', 2]]);
  });

  it('given a calendar month and a month plus a day, when read, then the month is its three cases and the p90 is the slowest one’s bucket', async () => {
    const november = await read('2026-11-01', '2026-11-30', 'type');
    expect(november.total).toMatchObject({ opened: 3, closed: 3 });
    expect(november.total.p90DurationHours).toBeGreaterThanOrEqual(50);
    expect(november.total.p90DurationHours).toBeLessThan(55);
    expect((await read('2026-11-01', '2026-12-01', 'type')).total.opened).toBe(4);
    expect((await read('2026-10-31', '2026-11-30', 'channel')).total.opened).toBe(4);
  });

  it('given a month of long cases whose seconds add up past what an INT holds, when the month is read, then the mean duration is exact', async () => {
    const year = 1_000_000_000; // about 31.7 years, three times: 3e9 s in one month row
    for (const day of ['2027-01-05', '2027-01-06', '2027-01-07']) await addCase(dataSource.manager, place(day, 'household', '/37/03/'), { ...NO_CASE_SUMS, closed: 1, durationSec: year }, bucketOf(year));
    expect((await read('2027-01-01', '2027-01-31', 'area')).total).toMatchObject({ closed: 3, avgDurationHours: round(year / 3600) });
  });

  it('given day rows counted before the month grains existed, when the migration carries them over, then each month row is the sum of its days', async () => {
    const months = ['monthTypeChannelArea', 'monthArea', 'monthType', 'monthChannel', 'month'].map((g) => `'${g}'`).join(', ');
    await dataSource.query(`DELETE FROM case_stats WHERE grain IN (${months})`);
    await dataSource.query(`DELETE FROM case_duration_buckets WHERE grain IN (${months})`);
    // Without its month rows a whole month reads as empty: they, not its days, are what is read.
    expect((await read('2026-11-01', '2026-11-30', 'type')).total.opened).toBe(0);
    const runner = dataSource.createQueryRunner();
    try {
      await new CaseMonthGrains1768000001300().up(runner);
    } finally {
      await runner.release();
    }
    const rows: { day: string; opened: number | string }[] = await dataSource.query("SELECT day, opened FROM case_stats WHERE grain = 'month' ORDER BY day");
    expect(rows.map((r) => [r.day, Number(r.opened)])).toEqual([['2026-10', 3], ['2026-11', 3], ['2026-12', 3], ['2027-01', 0]]);
    const byArea = await read('2026-10-01', '2026-11-30', 'area');
    expect(byArea.rows.map((r) => [r.key, r.opened, r.closed])).toEqual([['/37/01/', 4, 4], ['/37/02/', 2, 2]]);
    expect(byArea.total.p90DurationHours).toBeGreaterThanOrEqual(50);
  });

  it('given cases two agents opened around April, when read by agent over whole and loose days, by type for one agent and filtered by type, then each counts its own; the migration carries the agent rows into the grains', async () => {
    const desk: [day: string, agent: string, type: string, channel: string][] = [
      ['2027-03-30', 'wang', 'household', 'phone'],
      ['2027-04-02', 'wang', 'complaint', 'phone'],
      ['2027-04-30', 'wang', 'household', 'tv'],
      ['2027-05-01', 'wang', 'household', 'phone'],
      ['2027-04-15', 'li', 'complaint', 'phone'],
    ];
    for (const [day, agent, serviceType, channel] of desk) await addCase(dataSource.manager, { day, agent, serviceType, channel, areaPath: '/37/04/' }, { ...NO_CASE_SUMS, opened: 1 });
    const byAgent = async (from: string, to: string, query: { serviceType?: string; agent?: string; groupBy?: 'agent' | 'type' } = {}) =>
      (await stats.report({ from, to, groupBy: 'agent', ...query }, admin)).rows.map((r) => [r.key, r.opened]);
    const readAll = async () => [await byAgent('2027-03-30', '2027-05-01'), await byAgent('2027-04-01', '2027-04-30', { serviceType: 'household' }), await byAgent('2027-04-01', '2027-04-30', { agent: 'wang', groupBy: 'type' })];
    const expected = [[['li', 1], ['wang', 4]], [['wang', 1]], [['complaint', 1], ['household', 1]]];
    expect(await readAll()).toEqual(expected);

    // Without the grains, April reads as empty: they, not the agents' day rows, are what is read. The migration makes them again.
    await dataSource.query('DROP TABLE case_agent_grain_buckets');
    await dataSource.query('DROP TABLE case_agent_grains');
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('CREATE TABLE case_agent_grains (grain VARCHAR(24), day VARCHAR(10), agent VARCHAR(64), service_type VARCHAR(64), channel VARCHAR(16), opened INT, closed INT, canceled INT, closed_with_due INT, closed_on_time INT, fcr_asked INT, fcr_yes INT, redone INT, duration_sec BIGINT, urged INT, supervised INT, sat_very_satisfied INT, sat_satisfied INT, sat_neutral INT, sat_unsatisfied INT, sat_very_unsatisfied INT, reply_asked INT, reply_in_time INT, mailbox_asked INT, mailbox_in_time INT)');
      await runner.query('CREATE TABLE case_agent_grain_buckets (grain VARCHAR(24), day VARCHAR(10), agent VARCHAR(64), service_type VARCHAR(64), channel VARCHAR(16), bucket INT, cases INT)');
      expect((await byAgent('2027-04-01', '2027-04-30'))).toEqual([]);
      await runner.query('DROP TABLE case_agent_grain_buckets');
      await runner.query('DROP TABLE case_agent_grains');
      await new CaseAgentGrains1768000001400().up(runner);
    } finally {
      await runner.release();
    }
    expect(await readAll()).toEqual(expected);
  });
});

const round = (n: number) => Math.round(n * 100) / 100;
