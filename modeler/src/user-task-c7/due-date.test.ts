import { readDue, tomorrowEvening, writeDue, type DueMode } from './due-date';

describe('a Camunda 7 user task due date (camunda:dueDate)', () => {
  it.each<[DueMode, string, string | undefined]>([
    ['none', 'P1D', undefined],
    ['fixed', '2026-12-31T18:00:00+08:00', '2026-12-31T18:00:00+08:00'],
    ['relative', 'PT4H', 'PT4H'],
    ['variable', 'caseDueAt', '${caseDueAt}'],
  ])('given mode %s with %s, when written, then it is stored as %s and reads back the same', (mode, value, stored) => {
    expect(writeDue(mode, value)).toBe(stored);
    expect(readDue(stored)).toEqual(mode === 'none' ? { mode: 'none', value: '' } : { mode, value });
  });

  it('given empty values, when written, then each mode takes its default and reads back in that mode', () => {
    const now = new Date(2026, 11, 31, 9, 30);
    expect(writeDue('relative', ' ')).toBe('P1D');
    expect(writeDue('variable', '')).toBe('${caseDueAt}');
    expect(writeDue('fixed', '  ', now)).toBe(tomorrowEvening(now));
    expect(readDue(writeDue('fixed', '', now)).mode).toBe('fixed');
  });

  it('given a time, when tomorrow evening is asked for, then it is the next day 18:00 in the local zone with its offset', () => {
    const at = tomorrowEvening(new Date(2026, 11, 31, 23, 59));
    expect(at).toMatch(/^2027-01-01T18:00:00[+-]\d\d:\d\d$/);
    expect(new Date(Date.parse(at)).getHours()).toBe(18);
  });

  it('given a variable typed with its ${} already, when written, then it is not wrapped twice', () => {
    expect(writeDue('variable', '${visitDueAt}')).toBe('${visitDueAt}');
  });

  it('given values written by other tools, when read, then #{} is a variable expression and spaces are ignored', () => {
    expect(readDue('#{ visit.dueAt }')).toEqual({ mode: 'variable', value: 'visit.dueAt' });
    expect(readDue(' P2D ')).toEqual({ mode: 'relative', value: 'P2D' });
    expect(readDue('   ')).toEqual({ mode: 'none', value: '' });
  });
});
