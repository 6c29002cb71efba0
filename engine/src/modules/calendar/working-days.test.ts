import { localDay, WorkingDays } from './working-days';

// National Day week 2026 as a notice would mark it: Oct 1–7 off, Saturday Oct 10 worked in exchange.
const NATIONAL_DAY = [
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const })),
  { date: '2026-10-10', kind: 'workday' as const },
];

describe('working days', () => {
  const calendar = new WorkingDays(NATIONAL_DAY, 'Asia/Shanghai');

  it.each([
    ['a plain Wednesday', '2026-11-18T02:00:00Z', true],
    ['a plain Saturday', '2026-11-21T02:00:00Z', false],
    ['a holiday on a Thursday', '2026-10-01T02:00:00Z', false],
    ['a Saturday worked in exchange', '2026-10-10T02:00:00Z', true],
    ['Friday 23:30 in Beijing (still Friday UTC 15:30)', '2026-11-20T15:30:00Z', true],
    ['Saturday 00:30 in Beijing (Friday 16:30 UTC)', '2026-11-20T16:30:00Z', false],
  ])('given %s (%s), when asked, then working day is %s', (_what, at, expected) => {
    expect(calendar.isWorkingDay(new Date(at))).toBe(expected);
  });

  it.each([
    ['Wednesday before the holiday + 1', '2026-09-30T02:00:00Z', 1, '2026-10-08T02:00:00.000Z'],
    ['Wednesday before the holiday + 3 (Oct 8, 9, then the exchanged Saturday)', '2026-09-30T02:00:00Z', 3, '2026-10-10T02:00:00.000Z'],
    ['Friday + 1 on a plain week', '2026-11-20T02:00:00Z', 1, '2026-11-23T02:00:00.000Z'],
    ['Friday 23:30 Beijing + 1 (counts from the local day)', '2026-11-20T15:30:00Z', 1, '2026-11-23T15:30:00.000Z'],
  ])('given %s (from %s plus %i), when working days are added, then due %s', (_what, from, count, expected) => {
    expect(calendar.add(new Date(from), count).toISOString()).toBe(expected);
  });

  it('given a moment, when its local day is taken, then date and weekday follow the zone', () => {
    expect(localDay(new Date('2026-11-20T16:30:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-11-21', weekday: 6 });
    expect(localDay(new Date('2026-11-20T16:30:00Z'), 'UTC')).toEqual({ date: '2026-11-20', weekday: 5 });
  });
});
