import crypto from 'node:crypto';
import { HistoricIdentityLink, HistoricTask, historicValues, HistoricVariable, instanceLevel } from '../../../operaton/history-tasks';
import { EngineTask, fromEngineDate } from '../../../operaton/tasks';
import { Variables } from '../../../operaton/json';
import { audienceOf } from '../audience';
import { TASK_PRIORITY } from '@careflow/modeler/dist/user-task-c7/priority';
import { PRIORITY_RANK, Task, TaskStatus } from '../entities';

export interface Candidates {
  groups: string[];
  users: string[];
}

/** What the engine says about one task, gathered from its history, its runtime row and its process. */
export interface EngineTaskFacts {
  history: HistoricTask;
  /** Absent when the task had ended before CareFlow read it. */
  runtime?: EngineTask;
  variables: Variables;
  candidates: Candidates;
  formKey: string | null;
}

/** Completed through the task API, or ended otherwise (a boundary event, a cancel, a migration). */
export function statusOf(history: Pick<HistoricTask, 'endTime' | 'deleteReason'>): TaskStatus {
  if (!history.endTime) return 'created';
  return history.deleteReason === 'completed' ? 'completed' : 'canceled';
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const LEVEL_OF_PRIORITY = new Map<number, string>(Object.entries(TASK_PRIORITY).map(([level, n]) => [n, level]));

/**
 * The inbox rank: the task's own camunda:priority when the model set one of CareFlow's levels on it
 * (the modeler writes 100/75/25), else its case's priority. The engine's default, 50, is `normal`
 * set or not, so a task left at it follows the case.
 */
export function rankOf(enginePriority: number | null | undefined, casePriority: unknown): number {
  const own = enginePriority === null || enginePriority === undefined || enginePriority === TASK_PRIORITY.normal ? undefined : LEVEL_OF_PRIORITY.get(enginePriority);
  return PRIORITY_RANK[own ?? String(casePriority)] ?? PRIORITY_RANK.normal;
}

/**
 * A task's due time: its own (the step's camunda:dueDate) when the model gives one, else its case's
 * (the caseDueAt variable, from the service type's SLA), so a case's steps are never shown 无时限.
 */
export function dueOf(own: Date | null, caseDueAt: unknown): Date | null {
  if (own) return own;
  if (typeof caseDueAt !== 'string') return null;
  const due = new Date(caseDueAt);
  return Number.isNaN(due.getTime()) ? null : due;
}

/** The task row an Operaton user task becomes; case fields come from its process variables. */
export function taskFromEngine(facts: EngineTaskFacts): Task {
  const { history: h, runtime: r, variables: v, candidates } = facts;
  const dueAt = dueOf(fromEngineDate(r ? r.due : h.due), v.caseDueAt);
  return {
    id: crypto.randomUUID(),
    name: (r ? r.name : h.name) ?? null,
    jobKey: h.id,
    caseId: text(v.caseId),
    caseNumber: text(v.caseNumber),
    processInstanceKey: h.processInstanceId,
    processDefinitionKey: h.processDefinitionId,
    bpmnProcessId: h.processDefinitionKey,
    elementId: h.taskDefinitionKey,
    elementInstanceKey: h.activityInstanceId,
    formKey: facts.formKey,
    assignee: (r ? r.assignee : h.assignee) ?? null,
    candidateGroups: candidates.groups,
    candidateUsers: candidates.users,
    audience: audienceOf(candidates.groups, candidates.users),
    dueAt,
    dueMissing: dueAt === null ? 1 : 0,
    followUpAt: fromEngineDate(r ? r.followUp : h.followUp),
    enginePriority: r ? r.priority : h.priority,
    variables: v,
    status: statusOf(h),
    createdAt: fromEngineDate(r?.created ?? h.startTime) ?? new Date(),
    completedAt: fromEngineDate(h.endTime),
    completedBy: null,
    result: null,
    priorityRank: rankOf(r ? r.priority : h.priority, v.priority),
    serviceTypeKey: text(v.serviceType),
    areaPath: text(v.caseAreaPath),
    draft: null,
  };
}

/** The candidates a task has after these identity-link changes (its whole log, oldest first). */
export function candidatesFromLog(log: HistoricIdentityLink[]): Candidates {
  const groups = new Set<string>();
  const users = new Set<string>();
  for (const link of log) {
    if (link.type !== 'candidate') continue;
    const set = link.groupId ? groups : users;
    const name = link.groupId ?? link.userId;
    if (!name) continue;
    if (link.operationType === 'add') set.add(name);
    else set.delete(name);
  }
  return { groups: [...groups].sort(), users: [...users].sort() };
}

/**
 * The variables a task's process holds, plus the task's own (which win): its local ones and its
 * step's input mappings (e.g. the report a step shows). Variables of other inner scopes (a
 * subprocess, a connector's local mappings) are left out.
 */
export function variablesOfTask(all: HistoricVariable[], task: Pick<HistoricTask, 'id' | 'processInstanceId' | 'activityInstanceId'>): Variables {
  const own = all.filter((v) => v.processInstanceId === task.processInstanceId && (v.taskId === task.id || (v.taskId === null && v.activityInstanceId === task.activityInstanceId)));
  return historicValues(own, historicValues(instanceLevel(all, task.processInstanceId)));
}
