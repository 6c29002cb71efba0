import { OperatonIncident } from '../../../operaton/incidents';
import { HistoricIncident } from '../../../operaton/history';

/** connector: an external task out of retries; timer / async: a job (a timer or an async continuation) whose execution failed. */
export type IncidentKind = 'connector' | 'timer' | 'async' | 'job';
export type IncidentStatus = 'open' | 'resolved' | 'deleted';

/**
 * Today's incident view (modules/incidents/entities.ts), from the engine: one entry per failed job
 * or external task, however often it failed. `jobKey` is that job's or external task's id, what
 * a retry gives retries back to; `deleted` means its process ended while it was open.
 */
export interface IncidentView {
  jobKey: string;
  /** The engine's latest incident of that job. */
  incidentId: string;
  caseId: string | null;
  caseNumber: string | null;
  serviceType: string | null;
  areaPath: string | null;
  processInstanceKey: string;
  elementId: string;
  elementName: string | null;
  /** The execution that failed: where corrections of a connector's input go. */
  elementInstanceKey: string;
  incidentType: string;
  kind: IncidentKind;
  /** The connector's topic, or the job's type (async-continuation, timer-transition…). */
  jobType: string;
  variables: Record<string, unknown>;
  headers: null;
  errorMessage: string;
  status: IncidentStatus;
  attempts: number;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

/** An incident as either the runtime or the history gives it. */
export interface IncidentRecord {
  id: string;
  processDefinitionId: string;
  processInstanceId: string;
  executionId: string;
  activityId: string | null;
  incidentType: string;
  incidentMessage: string | null;
  configuration: string | null;
  jobDefinitionId: string | null;
  createTime: string;
  endTime: string | null;
  status: IncidentStatus;
}

export const fromRuntime = (i: OperatonIncident): IncidentRecord => ({ ...i, activityId: i.failedActivityId ?? i.activityId, createTime: i.incidentTimestamp, endTime: null, status: 'open' });

export const fromHistory = (i: HistoricIncident): IncidentRecord => ({
  ...i,
  activityId: i.failedActivityId ?? i.activityId,
  status: i.open ? 'open' : i.deleted ? 'deleted' : 'resolved',
});

/** The incidents of one job or external task, oldest first, keyed by its id. */
export function byJob(records: IncidentRecord[]): Map<string, IncidentRecord[]> {
  const groups = new Map<string, IncidentRecord[]>();
  for (const record of [...records].sort((a, b) => a.createTime.localeCompare(b.createTime))) {
    const key = record.configuration ?? record.id;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return groups;
}

export function kindOf(incidentType: string, jobType: string | undefined): IncidentKind {
  if (incidentType === 'failedExternalTask') return 'connector';
  if (jobType?.startsWith('timer')) return 'timer';
  return jobType === 'async-continuation' ? 'async' : 'job';
}
