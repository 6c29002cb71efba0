import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

// The process engine's side of the API: deployments, process instances, messages into processes,
// incidents, and what connector jobs report.

/** POST /api/deployments: a BPMN model (and its decisions) for the process engine. */
export const deployBody = z.strictObject({
  resourceName: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,200}\.bpmn$/, 'must be a file name ending in .bpmn (letters, digits, . _ -)'),
  xml: z.string().min(1, 'required'),
});

/** A process definition a deployment made. */
export const deployedProcess = z.object({ bpmnProcessId: z.string(), version: z.number().int(), processDefinitionKey: z.string() });

/** A deployment as the API shows it (without its XML). */
export const deploymentView = z.object({
  id: z.string(),
  deploymentKey: z.string(),
  resourceName: z.string(),
  processes: z.array(deployedProcess),
  deployedBy: z.string(),
  deployedAt: timestamp,
});
export const deploymentAnswer = z.object({ deployment: deploymentView });
export const deploymentListAnswer = z.object({ deployments: z.array(deploymentView) });

/** POST /api/process-instances: start one, optionally waiting for its result. */
export const startProcessBody = z.strictObject({
  bpmnProcessId: z.string().trim().min(1, 'required').max(255),
  variables: z.record(z.string(), z.json()).default({}),
  awaitResultSeconds: z.number().int().min(1).max(300).optional(),
});

export const processInstanceView = z.object({
  processInstanceKey: z.string(),
  bpmnProcessId: z.string(),
  processDefinitionKey: z.string(),
  version: z.number().int(),
  startedBy: z.string(),
  startedAt: timestamp,
});
/** The instance, and its final variables when the caller waited for its end. */
export const startProcessAnswer = z.object({ processInstance: processInstanceView, variables: jsonObject.optional() });

/** POST /api/messages: an outside event correlated into a process, idempotent by messageId. */
export const publishMessageBody = z.strictObject({
  name: z.string().regex(/^[a-z][\w.-]{0,127}$/i, 'a message name like provider.accepted'),
  correlationKey: z.string().min(1).max(128),
  messageId: z.string().min(1).max(128),
  variables: z.record(z.string(), z.json()).default({}),
  timeToLiveSeconds: z.number().int().min(0).max(7 * 24 * 3600).default(3600),
});

export const processMessageView = z.object({
  messageId: z.string(),
  name: z.string(),
  correlationKey: z.string(),
  variables: jsonObject,
  /** The process instance it was delivered to; null while it waits for one. */
  messageKey: z.string().nullable(),
  caseId: z.string().nullable(),
  publishedBy: z.string(),
  publishedAt: timestamp,
});
/** repeated: the same messageId was published before; this is its first answer. */
export const publishMessageAnswer = z.object({ message: processMessageView, repeated: z.boolean() });

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
export const incidentPage = z.object({ incidents: z.array(incidentView), total: z.number().int() });
export const incidentListAnswer = z.object({ incidents: z.array(incidentView) });
export const incidentAnswer = z.object({ incident: incidentView });

/** POST /api/connector-reports: the report is kept. */
export const connectorReportAnswer = z.object({ reported: z.literal(true) });

/** One thing that stops (error) or should worry (warn) a publish, named by its element where there is one. */
export const publishProblem = z.object({
  /** The BPMN element (or DMN decision) it is about; absent for the model as a whole. */
  elementId: z.string().optional(),
  /** The file it is in, when it is not the BPMN model (`routing.dmn`), or the BPMN model for XML problems. */
  resource: z.string().optional(),
  /** zh-CN, saying what to do. */
  message: z.string(),
  /** The same in English. */
  messageEn: z.string(),
  severity: z.enum(['error', 'warn', 'info']),
  /** model: the input itself (size, XML, kind); rule: CareFlow's lint (the studio's rules); engine: the process engine's parser. */
  source: z.enum(['model', 'rule', 'engine']),
  /** The lint rule, e.g. `careflow-c7/user-task-form`. */
  rule: z.string().optional(),
});
export type PublishProblem = z.infer<typeof publishProblem>;

/**
 * The details of a 422 rejected_model answer (deploying, publishing, saving a version): every
 * problem. A model that is not even well-formed XML names only the element and the message.
 */
export const rejectedModelDetails = z.object({ problems: z.array(publishProblem.partial({ messageEn: true, severity: true, source: true })) });
