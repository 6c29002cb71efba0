import { Variables } from './json';
import { OperatonRest, ProcessEngineRejection } from './rest';
import { fromTypedValue, toTypedVariables, TypedValue } from './variables';

/** A running process instance as `/process-instance` gives it. */
export interface ProcessInstance {
  id: string;
  definitionId: string;
  definitionKey?: string;
  businessKey: string | null;
  /** True when the instance already ended inside the start call (no wait state). */
  ended: boolean;
  suspended: boolean;
}

export type HistoricState = 'ACTIVE' | 'SUSPENDED' | 'COMPLETED' | 'EXTERNALLY_TERMINATED' | 'INTERNALLY_TERMINATED';

/** A process instance as the engine's history keeps it, running or finished. */
export interface HistoricProcessInstance {
  id: string;
  businessKey: string | null;
  processDefinitionId: string;
  processDefinitionKey: string;
  /** Engine dates, e.g. `2026-12-02T11:13:40.123+0000` (read them with `parseEngineDate`). */
  startTime: string;
  endTime: string | null;
  state: HistoricState;
  deleteReason: string | null;
  superProcessInstanceId: string | null;
  rootProcessInstanceId: string | null;
}

/** Which definition a start names: the latest version of a key, or one pinned version by id. */
export type StartTarget = { definitionKey: string; definitionId?: null } | { definitionId: string; definitionKey?: string };

/** The engine's date format (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`, RFC 822 zone). */
export function formatEngineDate(at: Date): string {
  return at.toISOString().replace('Z', '+0000');
}

export function parseEngineDate(text: string): Date {
  return new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

const path = encodeURIComponent;

export function startProcessInstance(rest: OperatonRest, target: StartTarget, start: { businessKey: string; variables: Variables }, timeoutMs?: number): Promise<ProcessInstance> {
  const definition = target.definitionId ? `/process-definition/${path(target.definitionId)}` : `/process-definition/key/${path(target.definitionKey ?? '')}`;
  return rest.post<ProcessInstance>(`${definition}/start`, { businessKey: start.businessKey, variables: toTypedVariables(start.variables) }, timeoutMs);
}

/** One running instance, or null when the engine has none by that id (ended or never there). */
export async function getProcessInstance(rest: OperatonRest, id: string): Promise<ProcessInstance | null> {
  try {
    return await rest.get<ProcessInstance>(`/process-instance/${path(id)}`);
  } catch (error) {
    if (error instanceof ProcessEngineRejection && error.status === 404) return null;
    throw error;
  }
}

/** Running instances with a business key (all definitions unless one is named). */
export function processInstancesByBusinessKey(rest: OperatonRest, businessKey: string, definitionKey?: string): Promise<ProcessInstance[]> {
  return rest.get<ProcessInstance[]>('/process-instance', { businessKey, processDefinitionKey: definitionKey });
}

/** Running instances among the ids given (those not listed have ended or never existed). */
export function processInstancesByIds(rest: OperatonRest, ids: string[]): Promise<ProcessInstance[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return rest.post<ProcessInstance[]>('/process-instance', { processInstanceIds: ids });
}

/**
 * Deletes a running instance and the instances it called. Operaton's single-instance DELETE
 * takes no delete reason (only the asynchronous batch `/process-instance/delete` does), so the
 * caller keeps the reason itself. Listeners and output mappings of the cut-off steps do not run.
 * Returns false when there was no such running instance.
 */
export async function deleteProcessInstance(rest: OperatonRest, id: string): Promise<boolean> {
  try {
    await rest.delete(`/process-instance/${path(id)}`, { skipCustomListeners: true, skipIoMappings: true, failIfNotExists: true });
    return true;
  } catch (error) {
    if (error instanceof ProcessEngineRejection && error.status === 404) return false;
    throw error;
  }
}

/**
 * Root instances (not called by another) with a business key, running or finished: the history
 * row is written in the same engine transaction as the start, so this finds every instance started.
 */
export function historicInstancesByBusinessKey(rest: OperatonRest, businessKey: string, definitionKey?: string): Promise<HistoricProcessInstance[]> {
  return rest.get<HistoricProcessInstance[]>('/history/process-instance', {
    processInstanceBusinessKey: businessKey,
    processDefinitionKey: definitionKey,
    rootProcessInstances: true,
    sortBy: 'startTime',
    sortOrder: 'asc',
  });
}

export function historicInstancesByIds(rest: OperatonRest, ids: string[]): Promise<HistoricProcessInstance[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return rest.post<HistoricProcessInstance[]>(`/history/process-instance?maxResults=${ids.length}`, { processInstanceIds: ids });
}

/** Instances that finished at or after a moment, oldest end first, one page. */
export function finishedInstancesSince(rest: OperatonRest, finishedAfter: Date, page: { firstResult: number; maxResults: number }): Promise<HistoricProcessInstance[]> {
  return rest.get<HistoricProcessInstance[]>('/history/process-instance', {
    finished: true,
    finishedAfter: formatEngineDate(finishedAfter),
    sortBy: 'endTime',
    sortOrder: 'asc',
    ...page,
  });
}

/** How many instances (running or finished) the history has for a definition and business keys like a pattern. */
export async function countHistoricInstances(rest: OperatonRest, query: { definitionKey?: string; businessKeyLike?: string }): Promise<number> {
  const { count } = await rest.get<{ count: number }>('/history/process-instance/count', { processDefinitionKey: query.definitionKey, processInstanceBusinessKeyLike: query.businessKeyLike });
  return count;
}

/** The last value of one variable of an instance, running or finished (undefined when it never had it). */
/** Several variables of a (finished) instance in one request; a name it never had is missing from the answer. */
export async function historicVariables(rest: OperatonRest, processInstanceId: string, names: string[]): Promise<Record<string, unknown>> {
  const found = await rest.get<(TypedValue & { name: string })[]>('/history/variable-instance', { processInstanceId, variableNameIn: names.join(','), deserializeValues: false });
  return Object.fromEntries(found.map((v) => [v.name, fromTypedValue(v)]));
}

export async function historicVariable(rest: OperatonRest, processInstanceId: string, name: string): Promise<unknown> {
  const found = await rest.get<(TypedValue & { name: string })[]>('/history/variable-instance', { processInstanceId, variableName: name, deserializeValues: false });
  return found.length > 0 ? fromTypedValue(found[0]) : undefined;
}
