import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';
import { channel, priority } from './service-types';
import { taskView } from './tasks';

export const CASE_STATUSES = ['opening', 'open', 'closed', 'canceled'] as const;
export const caseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatus>;
/** The elder's answer to the satisfaction visit (回访), best first, on the five-level scale. */
export const SATISFACTION = ['very_satisfied', 'satisfied', 'neutral', 'unsatisfied', 'very_unsatisfied'] as const;
export const satisfaction = z.enum(SATISFACTION);
export type Satisfaction = z.infer<typeof satisfaction>;

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
  /** 一次办结: resolved on the first contact, as the process recorded when it ended (null: it does not say). */
  firstContactResolved: z.boolean().nullable(),
  cancelReason: z.string().nullable(),
  /** 来电人保密: who called is hidden except from the agent who took it and auditors (GET /api/cases/:id/caller, audited). */
  confidential: z.boolean(),
});
export type CaseView = z.infer<typeof caseView>;

/** GET /api/cases/:id/caller: a confidential case's caller (only its intake agent and auditors; audited). */
export const caseCallerAnswer = z.object({ caller: z.object({ name: z.string().nullable(), phone: z.string().nullable() }) });

/** POST /api/cases: takes a number and starts the service type's published process. */
export const openCaseBody = z.strictObject({
  serviceType: z.string().min(1).max(64),
  channel,
  elderId: z.string().max(36).optional(),
  priority: priority.optional(),
  variables: z.record(z.string(), z.json()).default({}),
});

/** What the case list sorts by (server-side); priority sorts emergency first when ascending. */
export const CASE_SORTS = ['caseNumber', 'openedAt', 'dueAt', 'priority'] as const;
/** overdue: open and past its due time; dueSoon: open and due within DUE_SOON_HOURS. */
export const CASE_DUE_FILTERS = ['overdue', 'dueSoon'] as const;
export const DUE_SOON_HOURS = 4;

/** GET /api/cases: newest first unless sorted, paged. */
export const caseListQuery = z.strictObject({
  status: caseStatus.optional(),
  serviceType: z.string().max(64).optional(),
  channel: channel.optional(),
  /** Any part of the number: "0012" finds GD20261122-000123. */
  caseNumber: z.string().trim().max(32).optional(),
  elderId: z.string().max(36).optional(),
  /** The elder's name (any part) or phone (any part of a number of theirs, a relative's or a terminal's). */
  elder: z.string().trim().min(1).max(50).optional(),
  /** An area code: cases of elders in that area or below it. */
  area: z.string().regex(/^\d{2,32}$/, 'an area code').optional(),
  priority: priority.optional(),
  due: z.enum(CASE_DUE_FILTERS).optional(),
  openedFrom: z.coerce.date().optional(),
  openedTo: z.coerce.date().optional(),
  sort: z.enum(CASE_SORTS).default('openedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
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
  /** Display names of the people the timeline and tasks name, by user id and by username. */
  people: z.record(z.string(), z.string()),
});

/** GET /api/cases/:id/diagram: the deployed BPMN of the case's process and its elements by state. */
export const caseDiagramAnswer = z.object({
  /** The definition the case's (last) instance runs; the service type version's own when the engine is not reached. */
  bpmnXml: z.string().nullable(),
  /** Elements the process is at now (open tasks, waits, running steps). */
  active: z.array(z.string()),
  /** Elements that ran and finished (not cut short). */
  completed: z.array(z.string()),
  /** Open incidents with the engine's message, by the element that failed. */
  incidents: z.array(z.object({ elementId: z.string(), message: z.string() })),
  processHistory: z.enum(PROCESS_HISTORY_STATES),
});

export const ESCALATION_KINDS = ['urge', 'supervise'] as const;
/** How a person was reached: in-app only, with an SMS copy queued, or without SMS (no phone). */
export const NOTIFY_SMS = ['queued', 'no_phone', 'failed'] as const;

/** 催办 or 督办 as stored: who, when, whom it reached, the deadline and the answer. */
export const escalationView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(ESCALATION_KINDS),
  text: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: timestamp,
  /** The open task urged (催办), null when the case had none. */
  taskName: z.string().nullable(),
  /** 督办: the responsible person and the deadline. */
  responsibleId: z.string().nullable(),
  responsibleName: z.string().nullable(),
  deadline: timestamp.nullable(),
  /** Everyone notified, why, and what became of the SMS copy. */
  notified: z.array(z.object({ userId: z.string(), displayName: z.string(), as: z.enum(['assignee', 'candidate', 'responsible', 'supervisor']), sms: z.enum(NOTIFY_SMS) })),
  reply: z.string().nullable(),
  repliedAt: timestamp.nullable(),
  repliedByName: z.string().nullable(),
});
export type EscalationView = z.infer<typeof escalationView>;

/** POST /api/cases/:id/supervise: 督办 names a responsible person and a deadline. */
export const superviseCaseBody = z.strictObject({
  text: z.string().trim().min(1, 'required').max(2000),
  responsibleId: z.string().min(1).max(36),
  deadline: z.coerce.date(),
});
/** POST /api/cases/:id/escalations/:escalationId/reply: the responsible person answers a 督办. */
export const escalationReplyBody = z.strictObject({ text: z.string().trim().min(1, 'required').max(2000) });
export const escalationAnswer = z.object({ escalation: escalationView });
export const escalationsAnswer = z.object({ escalations: z.array(escalationView) });

/** GET /api/cases/:id/handlers: who may be named responsible for a 督办 (active staff whose scope covers the case). */
export const caseHandlersAnswer = z.object({ users: z.array(z.object({ id: z.string(), displayName: z.string() })) });
