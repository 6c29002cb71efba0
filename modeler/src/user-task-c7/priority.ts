/**
 * A Camunda 7 user task's priority is camunda:priority, an integer the engine stores on the task
 * (0–100, Operaton's default 50). CareFlow's four levels map onto it; the inbox projection maps it
 * back with the same table. No attribute: the task follows its case's priority.
 */
export const TASK_PRIORITY = { emergency: 100, high: 75, normal: 50, low: 25 } as const;
export type TaskPriorityLevel = keyof typeof TASK_PRIORITY;

const LEVEL_OF = new Map<string, TaskPriorityLevel>(Object.entries(TASK_PRIORITY).map(([level, n]) => [String(n), level as TaskPriorityLevel]));

/**
 * '' when unset, a level when the stored value is one of CareFlow's, otherwise `custom` with the
 * stored text (another tool's number or expression), kept and shown rather than dropped.
 */
export function readPriority(stored: string | undefined): { level: TaskPriorityLevel | '' | 'custom'; stored: string } {
  const v = stored?.trim() ?? '';
  if (!v) return { level: '', stored: '' };
  return { level: LEVEL_OF.get(v) ?? 'custom', stored: v };
}

/** The attribute's value for a level; '' removes it. */
export function writePriority(level: TaskPriorityLevel | ''): string | undefined {
  return level ? String(TASK_PRIORITY[level]) : undefined;
}
