import { readPriority, TASK_PRIORITY, writePriority, type TaskPriorityLevel } from './priority';

describe('a Camunda 7 user task priority (camunda:priority)', () => {
  it.each(Object.keys(TASK_PRIORITY) as TaskPriorityLevel[])('given level %s, when written, then it is an integer that reads back as the same level', (level) => {
    const stored = writePriority(level);
    expect(stored).toMatch(/^\d+$/);
    expect(readPriority(stored)).toEqual({ level, stored });
  });

  it('given the case level, when written, then no attribute is stored and it reads back as unset', () => {
    expect(writePriority('')).toBeUndefined();
    expect(readPriority(undefined)).toEqual({ level: '', stored: '' });
  });

  it('given a value another tool wrote, when read, then it is custom and keeps its text', () => {
    expect(readPriority('60')).toEqual({ level: 'custom', stored: '60' });
    expect(readPriority('${casePriority}')).toEqual({ level: 'custom', stored: '${casePriority}' });
  });

  it('given CareFlow levels, when ordered by engine priority, then emergencies come first', () => {
    expect(Object.entries(TASK_PRIORITY).sort((a, b) => b[1] - a[1]).map(([l]) => l)).toEqual(['emergency', 'high', 'normal', 'low']);
  });
});
