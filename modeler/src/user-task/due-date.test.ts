import { readDue, writeDue, type DueMode } from './due-date';

describe('a user task due date (zeebe:taskSchedule dueDate)', () => {
  it.each<[DueMode, string, string | undefined]>([
    ['none', 'P1D', undefined],
    ['fixed', '2026-12-31T18:00:00+08:00', '2026-12-31T18:00:00+08:00'],
    ['relative', 'PT4H', '=now() + duration("PT4H")'],
    ['variable', 'caseDueAt', '=caseDueAt'],
  ])('given mode %s with %s, when written, then it is stored as %s and reads back the same', (mode, value, stored) => {
    expect(writeDue(mode, value)).toBe(stored);
    expect(readDue(stored)).toEqual(mode === 'none' ? { mode: 'none', value: '' } : { mode, value });
  });

  it('given empty values, when written, then relative and variable fall back to their defaults and fixed stores nothing', () => {
    expect(writeDue('relative', ' ')).toBe('=now() + duration("P1D")');
    expect(writeDue('variable', '')).toBe('=caseDueAt');
    expect(writeDue('fixed', '  ')).toBeUndefined();
  });

  it('given a FEEL expression that is not the relative form, when read, then it is a variable expression', () => {
    expect(readDue('=now() + duration(x)')).toEqual({ mode: 'variable', value: 'now() + duration(x)' });
    expect(readDue('= now()+duration("P2D") ')).toEqual({ mode: 'relative', value: 'P2D' });
  });
});
