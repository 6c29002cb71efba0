import crypto from 'node:crypto';
import { Variables } from '../../zeebe/client';
import { audienceOf } from './audience';
import { PRIORITY_RANK, Task } from './entities';

/** Zeebe's job type and headers for job-based user tasks. */
export const USER_TASK_JOB_TYPE = 'io.camunda.zeebe:userTask';
export const USER_TASK_HEADERS = {
  formKey: 'io.camunda.zeebe:formKey',
  assignee: 'io.camunda.zeebe:assignee',
  candidateGroups: 'io.camunda.zeebe:candidateGroups',
  candidateUsers: 'io.camunda.zeebe:candidateUsers',
  dueDate: 'io.camunda.zeebe:dueDate',
} as const;

export interface UserTaskJob {
  key: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  bpmnProcessId: string;
  elementId: string;
  elementInstanceKey: string;
  customHeaders: Record<string, string | undefined>;
  variables: Variables;
}

/** Candidate lists arrive as a JSON array string; a plain comma list is accepted too. */
export function parseList(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed.map(String).filter(Boolean);
  } catch {
    // not JSON: fall through to the comma list
  }
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseDate(raw: string | undefined): Date | null {
  if (!raw) return null;
  // Zeebe writes a FEEL date-time (e.g. `=now() + duration("P1D")`) as Java's ZonedDateTime, with
  // the zone id after the offset: "…Z[Etc/UTC]". The offset alone fixes the instant.
  const date = new Date(raw.replace(/\[[^\]]+\]$/, ''));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The task row a newly activated user-task job becomes. */
export function taskFromJob(job: UserTaskJob, now = new Date(), name: string | null = null): Task {
  const h = job.customHeaders;
  const dueAt = parseDate(h[USER_TASK_HEADERS.dueDate]);
  const candidateGroups = parseList(h[USER_TASK_HEADERS.candidateGroups]);
  const candidateUsers = parseList(h[USER_TASK_HEADERS.candidateUsers]);
  return {
    id: crypto.randomUUID(),
    name,
    jobKey: String(job.key),
    caseId: typeof job.variables.caseId === 'string' ? job.variables.caseId : null,
    caseNumber: typeof job.variables.caseNumber === 'string' ? job.variables.caseNumber : null,
    processInstanceKey: String(job.processInstanceKey),
    processDefinitionKey: String(job.processDefinitionKey),
    bpmnProcessId: job.bpmnProcessId,
    elementId: job.elementId,
    elementInstanceKey: String(job.elementInstanceKey),
    formKey: h[USER_TASK_HEADERS.formKey] ?? null,
    assignee: h[USER_TASK_HEADERS.assignee] ?? null,
    candidateGroups,
    candidateUsers,
    audience: audienceOf(candidateGroups, candidateUsers),
    dueAt,
    dueMissing: dueAt === null ? 1 : 0,
    variables: job.variables,
    status: 'created',
    createdAt: now,
    completedAt: null,
    completedBy: null,
    result: null,
    priorityRank: PRIORITY_RANK[String(job.variables.priority)] ?? PRIORITY_RANK.normal,
    serviceTypeKey: typeof job.variables.serviceType === 'string' ? job.variables.serviceType : null,
    areaPath: typeof job.variables.caseAreaPath === 'string' ? job.variables.caseAreaPath : null,
    draft: null,
  };
}
