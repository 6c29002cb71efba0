import { readDue, writeDue, type DueMode } from './due-date';

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

  it('given empty values, when written, then relative and variable fall back to their defaults and fixed stores nothing', () => {
    expect(writeDue('relative', ' ')).toBe('P1D');
    expect(writeDue('variable', '')).toBe('${caseDueAt}');
    expect(writeDue('fixed', '  ')).toBeUndefined();
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
