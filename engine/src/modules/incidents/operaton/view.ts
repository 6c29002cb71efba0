import type { IncidentKind, IncidentStatus } from '@careflow/contracts';
import { OperatonIncident } from '../../../operaton/incidents';
import { HistoricIncident } from '../../../operaton/history';

/** connector: an external task out of retries; timer / async: a job (a timer or an async continuation) whose execution failed. */
export type { IncidentKind, IncidentStatus } from '@careflow/contracts';

/** One entry per failed job or external task, however often it failed (see contracts). */
export type { IncidentView } from '@careflow/contracts';

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
