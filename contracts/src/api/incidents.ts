import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

/** connector: an external task out of retries; timer / async: a job (a timer or an async continuation) whose execution failed. */
export const INCIDENT_KINDS = ['connector', 'timer', 'async', 'job'] as const;
export const incidentKind = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof incidentKind>;
export const INCIDENT_STATUSES = ['open', 'resolved', 'deleted'] as const;
export const incidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof incidentStatus>;

/** GET /api/incidents: the supervisors' list of open incidents. */
export const incidentListQuery = z.strictObject({
  /** connector, or a job of the engine's (timer, async continuation). */
  kind: incidentKind.optional(),
  /** failedJob or failedExternalTask (the process engine's types). */
  incidentType: z.string().max(64).optional(),
  serviceType: z.string().max(64).optional(),
  /** An area path: only cases under it. */
  area: z.string().max(255).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** POST /api/cases/:id/incidents/:key/retry: corrected process variables, if any. */
export const retryIncidentBody = z.strictObject({ variables: z.record(z.string(), z.json()).default({}) });

/**
 * One failed job or external task, however often it failed. `jobKey` is what a retry gives
 * retries back to; `deleted` means its process ended while it was open.
 */
export const incidentView = z.object({
  jobKey: z.string(),
  /** The engine's latest incident of that job. */
  incidentId: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  serviceType: z.string().nullable(),
  areaPath: z.string().nullable(),
  processInstanceKey: z.string(),
  elementId: z.string(),
  elementName: z.string().nullable(),
  /** The execution that failed: where corrections of a connector's input go. */
  elementInstanceKey: z.string(),
  incidentType: z.string(),
  kind: incidentKind,
  /** The connector's topic, or the job's type (async-continuation, timer-transition…). */
  jobType: z.string(),
  variables: jsonObject,
  headers: z.null(),
  errorMessage: z.string(),
  status: incidentStatus,
  attempts: z.number().int(),
  createdAt: timestamp,
  resolvedAt: timestamp.nullable(),
  resolvedBy: z.string().nullable(),
});
export type IncidentView = z.infer<typeof incidentView>;
export const incidentPage = z.object({ incidents: z.array(incidentView), total: z.number().int() });
export const incidentListAnswer = z.object({ incidents: z.array(incidentView) });
export const incidentAnswer = z.object({ incident: incidentView });
