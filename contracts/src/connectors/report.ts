import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

/** The process engine's ids (an external task's, its instance's, its activity instance's). */
const engineKey = z.string().regex(/^[\w:.-]{1,64}$/);

/** The job a connector works on, as the runtime hands it over. */
export const jobInfo = z.strictObject({
  key: engineKey,
  processInstanceKey: engineKey,
  elementId: z.string().max(255),
  /** The service task's own scope: its input-mapped variables live there. */
  elementInstanceKey: engineKey,
  retries: z.number().int(),
  /** Derived from the job: the same on every retry, so an outside side effect happens once. */
  idempotencyKey: z.string().max(255),
  /** The task's extension properties (camunda:property): retries, retryBackoff, errorCodes… */
  headers: z.record(z.string(), z.string()),
});
export type JobInfo = z.infer<typeof jobInfo>;

/** What the process engine hears about a job: completed, a BPMN error, or a failure to retry. */
export const outcome = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('complete'), variables: jsonObject }),
  z.strictObject({ kind: z.literal('bpmnError'), errorCode: z.string(), errorMessage: z.string(), variables: jsonObject.optional() }),
  z.strictObject({ kind: z.literal('fail'), errorMessage: z.string(), retries: z.number().int(), retryBackOffMs: z.number().int() }),
]);
export type Outcome = z.infer<typeof outcome>;

/** One line of what a connector did, for the case timeline: what, to whom (masked), result. */
export const callNote = z.strictObject({
  /** i18n-neutral verb, e.g. 'sms.sent', 'call.answered', 'dispatch.created'. */
  what: z.string().max(100),
  /** Who it reached, with personal data already masked (phones as 138****8000). */
  to: z.array(z.string().max(100)).max(100).optional(),
  result: z.string().max(200).optional(),
  detail: jsonObject.optional(),
});
export type CallNote = z.infer<typeof callNote>;

/** What the connector runtime tells the engine after each job (POST /api/connector-reports). */
export const jobReport = z.strictObject({
  /** The topic: jobType() of the connector. */
  jobType: z.string().regex(/^[\w.:-]{1,100}$/),
  job: jobInfo,
  variables: jsonObject,
  outcome,
  notes: z.array(callNote).max(200).default([]),
});
export type JobReport = z.infer<typeof jobReport>;

/** A side effect a connector performed, kept by its idempotency key so it never happens twice. */
export const connectorEffect = z.object({
  key: z.string(),
  jobType: z.string(),
  caseId: z.string().nullable(),
  result: z.unknown(),
  createdAt: timestamp,
});
export const effectKey = z.string().min(1).max(255);
/** PUT /api/connector-effects/:key: the first record under a key is kept and returned. */
export const recordEffectBody = z.strictObject({ jobType: z.string().max(100), caseId: z.string().max(36).nullable().default(null), result: z.json() });
export const effectAnswer = z.object({ effect: connectorEffect });

/** POST /api/connector-reports: the report is kept. */
export const connectorReportAnswer = z.object({ reported: z.literal(true) });
