import { EntityManager, EntitySchema, In } from 'typeorm';
import { column, named } from '../../db/columns';

export interface TaskCandidate {
  candidate: string;
  taskId: string;
}

export const TaskCandidateEntity = new EntitySchema<TaskCandidate>({
  name: 'TaskCandidate',
  tableName: 'task_candidates',
  columns: {
    candidate: { ...column.text(100), primary: true },
    taskId: { ...named('task_id', column.text(36)), primary: true },
  },
});

/** A task with no candidates is for every worker. */
export const ANYONE = '*';

/** The keys a task is found by: g:<group>, u:<username>, or * when it names no one. */
export function candidateKeys(groups: string[], users: string[]): string[] {
  const keys = [...groups.map((g) => `g:${g}`), ...users.map((u) => `u:${u}`)];
  return keys.length > 0 ? [...new Set(keys)] : [ANYONE];
}

/** The keys a user matches. */
export function keysOfUser(user: { username: string; groups: string[] }): string[] {
  return [ANYONE, `u:${user.username}`, ...user.groups.map((g) => `g:${g}`)];
}

/** A task that is no longer open drops out of every candidate's inbox for good. */
export async function releaseCandidates(manager: EntityManager, taskIds: string[]): Promise<void> {
  if (taskIds.length > 0) await manager.getRepository(TaskCandidateEntity).delete({ taskId: In(taskIds) });
}
