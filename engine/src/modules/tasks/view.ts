import type { Task } from './entities';

/** A task as the API and live events show it: without the columns only the inbox index uses. */
export type TaskView = Omit<Task, 'audience' | 'dueMissing'>;

export function taskView(task: Task): TaskView {
  const { audience: _audience, dueMissing: _dueMissing, ...view } = task;
  return view;
}
