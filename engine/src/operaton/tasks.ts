import { Variables } from './json';
import { OperatonRest } from './rest';
import { fromTypedVariables, toTypedVariables, TypedVariables } from './variables';

/**
 * Operaton's user-task API (`/task`): the open tasks as the engine holds them, and the commands
 * that act on them. Dates travel in the REST API's format (`2026-12-02T11:15:11.452+0000`).
 */

/** An open user task as `GET /task` lists it (form keys are initialised by the list query). */
export interface EngineTask {
  id: string;
  name: string | null;
  assignee: string | null;
  owner: string | null;
  created: string;
  due: string | null;
  followUp: string | null;
  priority: number;
  description: string | null;
  executionId: string;
  processDefinitionId: string;
  processInstanceId: string;
  taskDefinitionKey: string;
  parentTaskId: string | null;
  suspended: boolean;
  formKey: string | null;
  tenantId: string | null;
}

/** The task query's filters CareFlow uses (the engine takes many more; see its REST reference). */
export interface TaskQuery {
  taskIdIn?: string[];
  processInstanceId?: string;
  processInstanceIdIn?: string[];
  processDefinitionKeyIn?: string[];
  processInstanceBusinessKey?: string;
  taskDefinitionKey?: string;
  assignee?: string;
  unassigned?: boolean;
  candidateGroup?: string;
  candidateUser?: string;
  createdAfter?: string;
  sorting?: { sortBy: 'created' | 'id' | 'priority' | 'dueDate'; sortOrder: 'asc' | 'desc' }[];
}

export interface Page {
  firstResult?: number;
  maxResults?: number;
}

export interface IdentityLink {
  type: 'candidate' | 'assignee' | 'owner' | string;
  userId: string | null;
  groupId: string | null;
}

/** A date as the engine's REST API writes and reads it: milliseconds and a numeric offset. */
export function toEngineDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

export function fromEngineDate(text: string | null | undefined): Date | null {
  if (!text) return null;
  // `+0000` → `+00:00`: the offset form every JavaScript runtime parses.
  const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}

const task = (id: string) => `/task/${encodeURIComponent(id)}`;

export class OperatonTasks {
  constructor(private readonly rest: OperatonRest) {}

  /** `POST /task`: the query in the body, so long id lists do not hit URL limits. */
  list(query: TaskQuery, page: Page = {}): Promise<EngineTask[]> {
    return this.rest.post<EngineTask[]>(`/task${pageQuery(page)}`, query);
  }

  async count(query: TaskQuery): Promise<number> {
    return (await this.rest.post<{ count: number }>('/task/count', query)).count;
  }

  get(id: string): Promise<EngineTask> {
    return this.rest.get<EngineTask>(task(id));
  }

  /** Refused (TaskAlreadyClaimedException) when someone else holds the task. */
  claim(id: string, userId: string): Promise<void> {
    return this.rest.post(`${task(id)}/claim`, { userId });
  }

  unclaim(id: string): Promise<void> {
    return this.rest.post(`${task(id)}/unclaim`);
  }

  /** Sets the assignee whoever holds the task now (null frees it). */
  setAssignee(id: string, userId: string | null): Promise<void> {
    return this.rest.post(`${task(id)}/assignee`, { userId });
  }

  complete(id: string, variables: Variables = {}): Promise<void> {
    return this.rest.post(`${task(id)}/complete`, { variables: toTypedVariables(variables) });
  }

  /** Every variable the task sees (its own and its process's), as JSON values. */
  async variables(id: string): Promise<Variables> {
    return fromTypedVariables(await this.rest.get<TypedVariables>(`${task(id)}/variables`, { deserializeValues: false }));
  }

  /** The resolved form key (`camunda:formKey`), or null when the task names none. */
  async formKey(id: string): Promise<string | null> {
    return (await this.rest.get<{ key: string | null }>(`${task(id)}/form`)).key ?? null;
  }

  identityLinks(id: string, type?: IdentityLink['type']): Promise<IdentityLink[]> {
    return this.rest.get<IdentityLink[]>(`${task(id)}/identity-links`, { type });
  }

  addIdentityLink(id: string, link: IdentityLink): Promise<void> {
    return this.rest.post(`${task(id)}/identity-links`, link);
  }

  deleteIdentityLink(id: string, link: IdentityLink): Promise<void> {
    return this.rest.post(`${task(id)}/identity-links/delete`, link);
  }
}

export function pageQuery(page: Page): string {
  const params = new URLSearchParams();
  if (page.firstResult !== undefined) params.set('firstResult', String(page.firstResult));
  if (page.maxResults !== undefined) params.set('maxResults', String(page.maxResults));
  const text = params.toString();
  return text ? `?${text}` : '';
}
