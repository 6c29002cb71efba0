import { OperatonRest } from './rest';
import { Page, pageQuery } from './tasks';
import { Variables } from './json';
import { fromTypedValue, TypedValue } from './variables';

/**
 * Operaton's history of user tasks (history level full): one row per task, written in the same
 * transaction as the task, kept after the task ends; and the log of every candidate and assignee
 * change. Both are indexed by time in the engine's schema (ACT_IDX_HI_TASK_INST_START/END,
 * ACT_IDX_HI_IDENT_LNK_TIMESTAMP), which is what lets CareFlow read them as a change feed.
 */

export interface HistoricTask {
  id: string;
  name: string | null;
  processDefinitionKey: string;
  processDefinitionId: string;
  processInstanceId: string;
  executionId: string;
  activityInstanceId: string;
  taskDefinitionKey: string;
  assignee: string | null;
  owner: string | null;
  priority: number;
  due: string | null;
  followUp: string | null;
  startTime: string;
  endTime: string | null;
  /** `completed` when completed; `deleted` when a boundary event or a cancel ended it; or the instance's delete reason. */
  deleteReason: string | null;
  taskState?: string;
}

export interface HistoricTaskQuery {
  taskId?: string;
  processInstanceId?: string;
  startedAfter?: string;
  finishedAfter?: string;
  finished?: boolean;
  unfinished?: boolean;
  sorting?: { sortBy: 'startTime' | 'endTime' | 'taskId'; sortOrder: 'asc' | 'desc' }[];
}

export interface HistoricIdentityLink {
  id: string;
  time: string;
  type: 'candidate' | 'assignee' | 'owner' | string;
  userId: string | null;
  groupId: string | null;
  taskId: string | null;
  operationType: 'add' | 'delete';
  assignerId: string | null;
  processDefinitionId: string | null;
  rootProcessInstanceId: string | null;
}

export interface HistoricIdentityLinkQuery {
  taskId?: string;
  type?: string;
  dateAfter?: string;
  sortBy?: 'time';
  sortOrder?: 'asc' | 'desc';
}

export interface HistoricVariable extends TypedValue {
  id: string;
  name: string;
  processInstanceId: string;
  executionId: string;
  activityInstanceId: string;
  taskId: string | null;
  state: 'CREATED' | 'DELETED' | string;
}

/** Decoded values of these history rows, by name (later rows win); deleted ones are left out. */
export function historicValues(rows: HistoricVariable[], into: Variables = {}): Variables {
  for (const row of rows) {
    if (row.state === 'DELETED') continue;
    const value = fromTypedValue(row);
    if (value !== undefined) into[row.name] = value;
  }
  return into;
}

/** The variables an instance holds at its top scope (not those of inner scopes, connectors' locals or tasks). */
export const instanceLevel = (rows: HistoricVariable[], processInstanceId: string) =>
  rows.filter((v) => v.processInstanceId === processInstanceId && v.executionId === processInstanceId && !v.taskId);

export class OperatonTaskHistory {
  constructor(private readonly rest: OperatonRest) {}

  /** `POST /history/task`: startedAfter/finishedAfter compare with `>=`. */
  tasks(query: HistoricTaskQuery, page: Page = {}): Promise<HistoricTask[]> {
    return this.rest.post<HistoricTask[]>(`/history/task${pageQuery(page)}`, query);
  }

  /** `GET /history/identity-link-log`: dateAfter compares with `>=`. */
  identityLinks(query: HistoricIdentityLinkQuery, page: Page = {}): Promise<HistoricIdentityLink[]> {
    return this.rest.get<HistoricIdentityLink[]>('/history/identity-link-log', { ...query, ...page });
  }

  /** The variables of these instances, running or ended, serialized values as JSON text. */
  variables(processInstanceIds: string[], page: Page = {}): Promise<HistoricVariable[]> {
    const query = pageQuery(page);
    return this.rest.post<HistoricVariable[]>(`/history/variable-instance${query}${query ? '&' : '?'}deserializeValues=false`, { processInstanceIdIn: processInstanceIds });
  }
}
