import { rankOf } from './task-row';

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
