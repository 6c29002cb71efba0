import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

export const TASK_STATUSES = ['created', 'completed', 'canceled'] as const;
export const taskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatus>;

/** A user task as the API and the live events carry it. */
export const taskView = z.object({
  id: z.string(),
  /** The BPMN element's name (null when the model names it not). */
  name: z.string().nullable(),
  jobKey: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  processInstanceKey: z.string(),
  processDefinitionKey: z.string(),
  bpmnProcessId: z.string(),
  elementId: z.string(),
  elementInstanceKey: z.string(),
  formKey: z.string().nullable(),
  assignee: z.string().nullable(),
  candidateGroups: z.array(z.string()),
  candidateUsers: z.array(z.string()),
  dueAt: timestamp.nullable(),
  variables: jsonObject,
  status: taskStatus,
  createdAt: timestamp,
  completedAt: timestamp.nullable(),
  completedBy: z.string().nullable(),
  result: jsonObject.nullable(),
  /** 0 emergency, 1 high, 2 normal, 3 low: the inbox puts emergencies first. */
  priorityRank: z.number().int(),
  serviceTypeKey: z.string().nullable(),
  areaPath: z.string().nullable(),
  /** Form values saved but not yet submitted. */
  draft: jsonObject.nullable(),
  followUpAt: timestamp.nullable().optional(),
  enginePriority: z.number().int().nullable().optional(),
});
export type TaskView = z.infer<typeof taskView>;

/** One task under its command's answer (claim, complete, draft…). */
export const taskAnswer = z.object({ task: taskView });

export const INBOX_VIEWS = ['visible', 'mine', 'groups', 'unassigned', 'all'] as const;
export const INBOX_SORTS = ['priority', 'due', 'created'] as const;

/** GET /api/tasks: views, filters, emergencies first. */
export const inboxQuery = z.strictObject({
  view: z.enum(INBOX_VIEWS).default('visible'),
  status: taskStatus.default('created'),
  caseId: z.string().max(36).optional(),
  serviceType: z.string().max(64).optional(),
  processInstanceKey: z.string().regex(/^[\w-]{1,64}$/, 'must be a process instance key or id').optional(),
  bpmnProcessId: z.string().max(255).optional(),
  sort: z.enum(INBOX_SORTS).default('priority'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type InboxQuery = z.output<typeof inboxQuery>;

/**
 * A task as an inbox line: no process variables, results or drafts (they grow with the case and
 * every line would carry them); the task itself (GET /api/tasks/:id) has them.
 */
export const inboxTask = taskView.omit({ variables: true, result: true, draft: true, followUpAt: true, enginePriority: true });
export type InboxTask = z.infer<typeof inboxTask>;

export const inboxPage = z.object({
  tasks: z.array(inboxTask),
  /** Exact up to the count cap (100); when totalCapped, there are more than that. */
  total: z.number().int(),
  totalCapped: z.boolean(),
});

/** The form a task shows: the version pinned when it was created. */
export const taskForm = z.object({ key: z.string(), version: z.number().int(), schema: jsonObject });
export type TaskForm = z.infer<typeof taskForm>;
export const taskWithForm = z.object({ task: taskView, form: taskForm.nullable() });

/** Form values: JSON only. */
const values = z.record(z.string(), z.json());
export const assignTaskBody = z.strictObject({ username: z.string().min(1).max(64) });
export const saveDraftBody = z.strictObject({ values });
export const completeTaskBody = z.strictObject({ variables: values.default({}) });

/** A saved inbox filter: a user's own, or one another shared. */
export const taskFilterView = z.object({ id: z.string(), ownerId: z.string(), name: z.string(), query: jsonObject, shared: z.boolean(), createdAt: timestamp });
export const createTaskFilterBody = z.strictObject({ name: z.string().trim().min(1).max(100), query: inboxQuery.partial(), shared: z.boolean().default(false) });
export const taskFilterAnswer = z.object({ filter: taskFilterView });
export const taskFilterListAnswer = z.object({ filters: z.array(taskFilterView) });
