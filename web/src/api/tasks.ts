import type { completeTaskBody, saveDraftBody, taskAnswer, taskView, taskWithForm, TaskStatus, Wire } from '@careflow/contracts';
import { api } from './client';

export type { TaskStatus };
export type Task = Wire<typeof taskView>;
export type TaskWithForm = Wire<typeof taskWithForm>;
type TaskAnswer = Wire<typeof taskAnswer>;

const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export function getTask(id: string): Promise<TaskWithForm> {
  return api.get<TaskWithForm>(path(id));
}

export async function saveTaskDraft(id: string, values: Wire<typeof saveDraftBody>['values']): Promise<Task> {
  return (await api.post<TaskAnswer>(`${path(id)}/draft`, { values })).task;
}

/** The server checks the values against the task's form: 400 with per-field details when wrong. */
export async function completeTask(id: string, variables: NonNullable<Wire<typeof completeTaskBody>['variables']>): Promise<Task> {
  return (await api.post<TaskAnswer>(`${path(id)}/complete`, { variables })).task;
}

/** Take the task: it leaves the others' inboxes. 409 when someone else was quicker. */
export async function claimTask(id: string): Promise<Task> {
  return (await api.post<TaskAnswer>(`${path(id)}/claim`, {})).task;
}

/** Give the task back to its candidates. */
export async function unclaimTask(id: string): Promise<Task> {
  return (await api.post<TaskAnswer>(`${path(id)}/unclaim`, {})).task;
}

/** Supervisors: hand the task to a user (themselves included). */
export async function assignTask(id: string, username: string): Promise<Task> {
  return (await api.post<TaskAnswer>(`${path(id)}/assign`, { username })).task;
}
