import { dueOf, rankOf } from './task-row';

describe('the inbox rank of an Operaton user task', () => {
  it('given a priority the modeler sets on the task (high 75, emergency 100, low 25), when ranked, then the task’s own level wins over its case’s', () => {
    expect(rankOf(75, 'normal')).toBe(1);
    expect(rankOf(100, 'low')).toBe(0);
    expect(rankOf(25, 'emergency')).toBe(3);
  });

  it('given the engine’s default 50, another tool’s number or none, when ranked, then the task follows its case’s priority (normal without one)', () => {
    expect(rankOf(50, 'emergency')).toBe(0);
    expect(rankOf(60, 'high')).toBe(1);
    expect(rankOf(undefined, 'low')).toBe(3);
    expect(rankOf(50, undefined)).toBe(2);
  });
});

describe('the due time of an Operaton user task', () => {
  it('given a step with its own due date, when projected, then its own wins over its case’s', () => {
    const own = new Date('2026-12-03T10:00:00.000Z');
    expect(dueOf(own, '2026-12-04T10:00:00.000Z')).toEqual(own);
  });

  it('given a step without one in a case with an SLA, when projected, then it carries its case’s due time', () => {
    expect(dueOf(null, '2026-12-04T10:00:00.000Z')).toEqual(new Date('2026-12-04T10:00:00.000Z'));
  });

  it('given neither (a case without SLA) or a garbled variable, when projected, then the task has no due time', () => {
    expect(dueOf(null, null)).toBeNull();
    expect(dueOf(null, undefined)).toBeNull();
    expect(dueOf(null, 'tomorrow')).toBeNull();
    expect(dueOf(null, 42)).toBeNull();
  });
});
