import { Variables } from './json';
import { OperatonRest, ProcessEngineRejection, Query } from './rest';
import { fromTypedVariables, toTypedVariables, TypedVariables } from './variables';

/** `failedJob` (a timer, an async continuation, an expression in either) or `failedExternalTask` (a connector). */
export type IncidentType = 'failedJob' | 'failedExternalTask' | (string & {});

/** An open incident as `GET /incident` gives it. */
export interface OperatonIncident {
  id: string;
  processDefinitionId: string;
  processInstanceId: string;
  executionId: string;
  incidentTimestamp: string;
  incidentType: IncidentType;
  activityId: string | null;
  failedActivityId: string | null;
  causeIncidentId: string;
  rootCauseIncidentId: string;
  /** The failed job's id or the failed external task's id: what a retry sets retries on. */
  configuration: string | null;
  incidentMessage: string | null;
  jobDefinitionId: string | null;
}

export interface IncidentQuery {
  processInstanceId?: string;
  incidentType?: IncidentType;
  /** Comma-free definition keys: the service types' processes. */
  processDefinitionKeyIn?: string[];
  activityId?: string;
  firstResult?: number;
  maxResults?: number;
}

export interface JobDefinition {
  id: string;
  processDefinitionKey: string;
  /** e.g. `async-continuation`, `timer-transition`, `timer-intermediate-transition`, `timer-start-event`. */
  jobType: string;
  jobConfiguration: string;
  activityId: string;
}

export interface ExternalTask {
  id: string;
  topicName: string;
  activityId: string;
  executionId: string;
  processInstanceId: string;
  retries: number | null;
  errorMessage: string | null;
}

/**
 * Incidents and their retry over the REST API: list, what failed (job definition, external task),
 * corrected variables (on the instance or on one execution), then retries back to a positive
 * number, which resolves the incident and lets the job executor or a worker take it again.
 */
export class OperatonIncidents {
  constructor(private readonly rest: OperatonRest) {}

  list(query: IncidentQuery = {}): Promise<OperatonIncident[]> {
    const { processDefinitionKeyIn, ...rest } = query;
    const params: Query = { ...rest, processDefinitionKeyIn: processDefinitionKeyIn?.join(','), sortBy: 'incidentTimestamp', sortOrder: 'asc' };
    return this.rest.get<OperatonIncident[]>('/incident', params);
  }

  /** The open incident, or undefined when there is none by that id (resolved, or its instance ended). */
  get(id: string): Promise<OperatonIncident | undefined> {
    return orNone(this.rest.get<OperatonIncident>(`/incident/${encodeURIComponent(id)}`));
  }

  jobDefinition(id: string): Promise<JobDefinition | undefined> {
    return orNone(this.rest.get<JobDefinition>(`/job-definition/${encodeURIComponent(id)}`));
  }

  externalTask(id: string): Promise<ExternalTask | undefined> {
    return orNone(this.rest.get<ExternalTask>(`/external-task/${encodeURIComponent(id)}`));
  }

  /** The BPMN of a definition, for the failing element's name. */
  async definitionXml(processDefinitionId: string): Promise<string> {
    return (await this.rest.get<{ bpmn20Xml: string }>(`/process-definition/${encodeURIComponent(processDefinitionId)}/xml`)).bpmn20Xml;
  }

  /** Business keys of running instances, by id (instances that ended are left out). */
  async businessKeys(processInstanceIds: string[]): Promise<Map<string, string | null>> {
    if (processInstanceIds.length === 0) return new Map();
    const found = await this.rest.post<{ id: string; businessKey: string | null }[]>('/process-instance', { processInstanceIds });
    return new Map(found.map((p) => [p.id, p.businessKey]));
  }

  /** Running instances with this business key (a case's process, and called processes that carry it). */
  async instancesByBusinessKey(businessKey: string): Promise<string[]> {
    return (await this.rest.get<{ id: string }[]>('/process-instance', { businessKey })).map((p) => p.id);
  }

  /**
   * What the failing step sees: the instance's variables, overlaid with the execution's own (a
   * connector's inputs). Empty once the instance has ended.
   */
  async visibleVariables(processInstanceId: string, executionId?: string): Promise<Variables> {
    const read = (path: string) => orNone(this.rest.get<TypedVariables>(path, { deserializeValues: false })).then((typed) => fromTypedVariables(typed ?? {}));
    const global = await read(`/process-instance/${encodeURIComponent(processInstanceId)}/variables`);
    if (!executionId || executionId === processInstanceId) return global;
    return { ...global, ...(await read(`/execution/${encodeURIComponent(executionId)}/localVariables`)) };
  }

  /** Sets variables on the process instance (global: what expressions and gateways read). */
  setInstanceVariables(processInstanceId: string, variables: Variables): Promise<void> {
    return this.rest.post(`/process-instance/${encodeURIComponent(processInstanceId)}/variables`, { modifications: toTypedVariables(variables) });
  }

  /** Sets variables local to one execution (a task's own scope, where its input mappings put what a connector reads). */
  setExecutionLocalVariables(executionId: string, variables: Variables): Promise<void> {
    return this.rest.post(`/execution/${encodeURIComponent(executionId)}/localVariables`, { modifications: toTypedVariables(variables) });
  }

  setJobRetries(jobId: string, retries: number): Promise<void> {
    return this.rest.put(`/job/${encodeURIComponent(jobId)}/retries`, { retries });
  }

  setExternalTaskRetries(externalTaskId: string, retries: number): Promise<void> {
    return this.rest.put(`/external-task/${encodeURIComponent(externalTaskId)}/retries`, { retries });
  }
}

/** A 404 is "not there"; anything else stays an error. */
async function orNone<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ProcessEngineRejection && error.status === 404) return undefined;
    throw error;
  }
}
