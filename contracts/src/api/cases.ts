import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';
import { channel, priority } from './service-types';
import { taskView } from './tasks';

export const CASE_STATUSES = ['opening', 'open', 'closed', 'canceled'] as const;
export const caseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatus>;
/** The elder's answer to the satisfaction visit, as a closing process reports it. */
export const SATISFACTION = ['very_satisfied', 'satisfied', 'neutral', 'unsatisfied'] as const;

/** A case as stored: one per process instance, with a human number. */
export const caseView = z.object({
  id: z.string(),
  caseNumber: z.string(),
  serviceTypeKey: z.string(),
  serviceTypeVersion: z.number().int(),
  /** null while the case is opening (its process not started yet). */
  processInstanceKey: z.string().nullable(),
  channel: z.string(),
  elderId: z.string().nullable(),
  /** The elder's area path when the case opened: area scope applies to the case. */
  areaPath: z.string().nullable(),
  priority: z.string(),
  status: caseStatus,
  openedBy: z.string(),
  openedAt: timestamp,
  dueAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  satisfaction: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type CaseView = z.infer<typeof caseView>;

/** POST /api/cases: takes a number and starts the service type's published process. */
export const openCaseBody = z.strictObject({
  serviceType: z.string().min(1).max(64),
  channel,
  elderId: z.string().max(36).optional(),
  priority: priority.optional(),
  variables: z.record(z.string(), z.json()).default({}),
});

/** GET /api/cases: newest first, paged. */
export const caseListQuery = z.strictObject({
  status: caseStatus.optional(),
  serviceType: z.string().max(64).optional(),
  channel: channel.optional(),
  caseNumber: z.string().max(32).optional(),
  elderId: z.string().max(36).optional(),
  openedFrom: z.coerce.date().optional(),
  openedTo: z.coerce.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type CaseListQuery = z.output<typeof caseListQuery>;

/** 催办, 督办 and comments. */
export const caseNoteBody = z.strictObject({ text: z.string().trim().min(1, 'required').max(2000) });
export const cancelCaseBody = z.strictObject({ reason: z.string().trim().min(1, 'required').max(500) });

export const caseAnswer = z.object({ case: caseView });
export const caseListAnswer = z.object({ cases: z.array(caseView), total: z.number().int() });

/**
 * A timeline entry: CareFlow's own (case.opened, case.urged, case.comment, dispatch…) or a process
 * milestone from the engine's history (step.started, step.completed, timer.fired…, id `engine:…`).
 */
export const caseEventView = z.object({
  id: z.string(),
  caseId: z.string(),
  at: timestamp,
  type: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  data: jsonObject.nullable(),
});
export type CaseEventView = z.infer<typeof caseEventView>;

/** unavailable: the process engine did not answer, so the timeline lacks the process's own steps for now. */
export const PROCESS_HISTORY_STATES = ['included', 'unavailable'] as const;

/** GET /api/cases/:id: the case, its timeline, its tasks and the process it runs. */
export const caseDetailAnswer = z.object({
  case: caseView,
  timeline: z.array(caseEventView),
  processHistory: z.enum(PROCESS_HISTORY_STATES),
  tasks: z.array(taskView),
  /** The BPMN of the case's version and the elements with open tasks. */
  process: z.object({ bpmnXml: z.string().nullable(), activeElementIds: z.array(z.string()) }),
});
