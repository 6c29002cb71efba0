import { engineDate } from './deployments';
import { OperatonRest } from './rest';

export interface HistoricProcessInstance {
  id: string;
  businessKey: string | null;
  processDefinitionId: string;
  processDefinitionKey: string;
  startTime: string;
  endTime: string | null;
  /** ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED */
  state: string;
}

/** One run of one element: a task, an event that happened, a gateway passed. */
export interface HistoricActivityInstance {
  id: string;
  activityId: string;
  activityName: string | null;
  /** userTask, serviceTask, boundaryTimer, boundaryError, intermediateTimer, intermediateMessageCatch, … */
  activityType: string;
  processDefinitionId: string;
  processInstanceId: string;
  startTime: string;
  endTime: string | null;
  /** Ended without completing: interrupted by a boundary event, or the instance was cancelled. */
  canceled: boolean;
  /** null while it runs. */
  durationInMillis?: number | null;
  assignee: string | null;
}

export interface HistoricIncident {
  id: string;
  processDefinitionId: string;
  processInstanceId: string;
  executionId: string;
  jobDefinitionId: string | null;
  activityId: string | null;
  failedActivityId: string | null;
  createTime: string;
  endTime: string | null;
  incidentType: string;
  incidentMessage: string | null;
  configuration: string | null;
  open: boolean;
  resolved: boolean;
  deleted: boolean;
}

/** The engine's history (level full) over REST: what a process did, kept after it ends. */
export class OperatonHistory {
  constructor(private readonly rest: OperatonRest) {}

  /** Instances with this business key, running or ended, oldest first. */
  processInstances(businessKey: string): Promise<HistoricProcessInstance[]> {
    return this.rest.get('/history/process-instance', { processInstanceBusinessKey: businessKey, sortBy: 'startTime', sortOrder: 'asc' });
  }

  /** Every element run of an instance, in the order they started. */
  activityInstances(processInstanceId: string): Promise<HistoricActivityInstance[]> {
    return this.rest.get('/history/activity-instance', { processInstanceId, sortBy: 'startTime', sortOrder: 'asc' });
  }

  /** These process instances (ended or not), with the definition each runs on. */
  instancesOf(processInstanceIds: string[]): Promise<HistoricProcessInstance[]> {
    return this.rest.post('/history/process-instance', { processInstanceIds });
  }

  /** One page of the element runs of a definition that started after `startedAfter`, newest first. */
  definitionRuns(processDefinitionId: string, startedAfter: Date, firstResult: number, maxResults: number): Promise<HistoricActivityInstance[]> {
    return this.rest.get('/history/activity-instance', { processDefinitionId, startedAfter: engineDate(startedAfter), sortBy: 'startTime', sortOrder: 'desc', firstResult, maxResults });
  }

  /** Incidents of an instance, open and resolved. */
  incidents(processInstanceId: string): Promise<HistoricIncident[]> {
    return this.rest.get('/history/incident', { processInstanceId, sortBy: 'createTime', sortOrder: 'asc' });
  }
}

/** Operaton writes times as `2026-12-02T11:14:27.360+0000`. */
export const engineTime = (text: string): Date => new Date(text);
