import { dayInZone, formatCaseNumber } from './case-number';
import { WorkingDays } from '../calendar/working-days';
import { dueTime } from './due-time';

describe('case numbers', () => {
  it.each([
    ['2026-11-21T16:30:00Z', 'Asia/Shanghai', '20261122'], // already the next day in Beijing
    ['2026-11-21T15:59:59Z', 'Asia/Shanghai', '20261121'],
    ['2026-11-21T23:30:00Z', 'UTC', '20261121'],
  ])('given %s in %s, when the day is taken, then it is %s', (at, zone, day) => {
    expect(dayInZone(new Date(at), zone)).toBe(day);
  });

  it('given a prefix, day and counter, when formatted, then the counter has six digits', () => {
    expect(formatCaseNumber('GD', '20261122', 123)).toBe('GD20261122-000123');
  });
});

describe('due time from the SLA', () => {
  const friday = new Date('2026-11-20T02:00:00Z');
  const plainWeeks = new WorkingDays([], 'Asia/Shanghai');
  it.each([
    [undefined, null],
    [{ unit: 'minutes', value: 30 }, '2026-11-20T02:30:00.000Z'],
    [{ unit: 'hours', value: 24 }, '2026-11-21T02:00:00.000Z'],
    [{ unit: 'workingDays', value: 1 }, '2026-11-23T02:00:00.000Z'], // Friday + 1 working day = Monday
    [{ unit: 'workingDays', value: 3 }, '2026-11-25T02:00:00.000Z'],
  ] as const)('given %j opened on a Friday, then due %s', (sla, expected) => {
    expect(dueTime(friday, sla, plainWeeks)?.toISOString() ?? null).toBe(expected);
  });
});
