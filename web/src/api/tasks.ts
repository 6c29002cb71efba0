import { api } from './client';
import type { FormSchema } from './forms';

export type TaskStatus = 'created' | 'completed' | 'canceled';

export interface Task {
  id: string;
  name?: string | null;
  elementId?: string;
  caseId?: string | null;
  status: TaskStatus;
  assignee?: string | null;
  formKey?: string | null;
  variables?: Record<string, unknown>;
  draft?: Record<string, unknown> | null;
  result?: Record<string, unknown> | null;
  completedAt?: string | null;
  caseNumber?: string | null;
  dueAt?: string | null;
}

export interface TaskWithForm {
  task: Task;
  form: { key: string; version: number; schema: FormSchema } | null;
}

const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export function getTask(id: string): Promise<TaskWithForm> {
  return api.get<TaskWithForm>(path(id));
}

export async function saveTaskDraft(id: string, values: Record<string, unknown>): Promise<Task> {
  return (await api.post<{ task: Task }>(`${path(id)}/draft`, { values })).task;
}

/** The server checks the values against the task's form: 400 with per-field details when wrong. */
export async function completeTask(id: string, variables: Record<string, unknown>): Promise<Task> {
  return (await api.post<{ task: Task }>(`${path(id)}/complete`, { variables })).task;
}

/** Take the task: it leaves the others' inboxes. 409 when someone else was quicker. */
export async function claimTask(id: string): Promise<Task> {
  return (await api.post<{ task: Task }>(`${path(id)}/claim`, {})).task;
}

/** Give the task back to its candidates. */
export async function unclaimTask(id: string): Promise<Task> {
  return (await api.post<{ task: Task }>(`${path(id)}/unclaim`, {})).task;
}

/** Supervisors: hand the task to a user (themselves included). */
export async function assignTask(id: string, username: string): Promise<Task> {
  return (await api.post<{ task: Task }>(`${path(id)}/assign`, { username })).task;
}
