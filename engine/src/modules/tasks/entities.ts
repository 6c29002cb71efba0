import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export const TASK_STATUSES = ['created', 'completed', 'canceled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Variables as stored: a JSON object (kept loose so TypeORM's partial types stay shallow). */
export type StoredVariables = Record<string, unknown>;

export interface Task {
  id: string;
  /** What the task is called: its BPMN element's name (null when the model names it not). */
  name: string | null;
  jobKey: string;
  /** The case this task belongs to, from the process variable caseId the engine sets. */
  caseId: string | null;
  /** The case's number, for the inbox (from the caseNumber variable the engine sets). */
  caseNumber: string | null;
  processInstanceKey: string;
  processDefinitionKey: string;
  bpmnProcessId: string;
  elementId: string;
  elementInstanceKey: string;
  formKey: string | null;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  /** The candidates packed for the inbox index (see audience.ts). */
  audience: string;
  dueAt: Date | null;
  variables: StoredVariables;
  status: TaskStatus;
  createdAt: Date;
  completedAt: Date | null;
  completedBy: string | null;
  result: StoredVariables | null;
  /** 0 emergency, 1 high, 2 normal, 3 low: the inbox puts emergencies first. */
  priorityRank: number;
  /** 1 when the task has no due time: stored so the inbox index can sort undated tasks last. */
  dueMissing: number;
  serviceTypeKey: string | null;
  /** The case's area path (from the caseAreaPath variable): area scope applies to the task. */
  areaPath: string | null;
  /** Form values saved but not yet submitted. */
  draft: StoredVariables | null;
  /** When to look at the task again (the engine's follow-up date). */
  followUpAt?: Date | null;
  /** The engine's own task priority (0–100, default 50). */
  enginePriority?: number | null;
}

export const PRIORITY_RANK: Record<string, number> = { emergency: 0, high: 1, normal: 2, low: 3 };

export interface TaskFilterRow {
  id: string;
  ownerId: string;
  name: string;
  query: Record<string, unknown>;
  shared: boolean;
  createdAt: Date;
}


/** The process engine's ids (up to 64 characters). */
const engineKey = () => ({ type: 'varchar', length: 64 }) as const;

export const TaskEntity = new EntitySchema<Task>({
  name: 'Task',
  tableName: 'tasks',
  columns: {
    id: column.id(),
    name: column.text(255, true),
    jobKey: named('job_key', engineKey()),
    caseId: named('case_id', column.text(36, true)),
    caseNumber: named('case_number', column.text(32, true)),
    processInstanceKey: named('process_instance_key', engineKey()),
    processDefinitionKey: named('process_definition_key', engineKey()),
    bpmnProcessId: named('bpmn_process_id', column.text()),
    elementId: named('element_id', column.text()),
    elementInstanceKey: named('element_instance_key', engineKey()),
    formKey: named('form_key', column.text(255, true)),
    assignee: column.text(64, true),
    candidateGroups: named('candidate_groups', column.json()),
    candidateUsers: named('candidate_users', column.json()),
    audience: { type: 'varchar', length: 700, default: '*' },
    dueAt: named('due_at', column.time(true)),
    variables: column.json(),
    status: column.text(16),
    createdAt: named('created_at', column.time()),
    completedAt: named('completed_at', column.time(true)),
    completedBy: named('completed_by', column.text(36, true)),
    result: column.json(true),
    priorityRank: { type: 'int', default: 2, name: 'priority_rank' },
    dueMissing: { type: 'int', default: 0, name: 'due_missing' },
    serviceTypeKey: named('service_type_key', column.text(64, true)),
    areaPath: named('area_path', column.text(200, true)),
    draft: column.json(true),
    followUpAt: named('follow_up_at', column.time(true)),
    enginePriority: { type: 'int', nullable: true, name: 'engine_priority' },
  },
});

export const TaskFilterEntity = new EntitySchema<TaskFilterRow>({
  name: 'TaskFilter',
  tableName: 'task_filters',
  columns: {
    id: column.id(),
    ownerId: named('owner_id', column.text(36)),
    name: column.text(100),
    query: column.json(),
    shared: { type: 'boolean', default: false },
    createdAt: named('created_at', column.time()),
  },
});
