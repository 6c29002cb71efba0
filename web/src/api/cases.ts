// The engine's cases (/api/cases) as the cases pages, the desk and the studio's test run read them.
import type { caseAnswer, caseCallerAnswer, caseDetailAnswer, caseDiagramAnswer, caseEventView, caseHandlersAnswer, caseListAnswer, caseListQuery, caseView, escalationAnswer, escalationsAnswer, escalationView, openCaseBody, superviseCaseBody, taskView, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

/** A case row as GET /api/cases returns it. */
export type CaseRow = Wire<typeof caseView>;

/** The list's filters as the URL carries them (the engine checks each one), and the page. */
export type CaseQuery = { [K in Exclude<keyof z.input<typeof caseListQuery>, 'page' | 'pageSize'>]?: string } & { page: number; pageSize: number };

export function listCases(query: CaseQuery, signal?: AbortSignal): Promise<Wire<typeof caseListAnswer>> {
  return api.get(`/api/cases${queryString({ ...query })}`, { signal });
}

export type TimelineEntry = Wire<typeof caseEventView>;
export type CaseTask = Wire<typeof taskView>;

/** GET /api/cases/:id: the case, its timeline, its tasks and the process it runs. */
export type CaseDetail = Wire<typeof caseDetailAnswer>;

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

/** POST /api/cases: the variables are JSON (the intake form's values). */
export type OpenCaseInput = z.input<typeof openCaseBody>;

export async function openCase(input: OpenCaseInput): Promise<CaseRow> {
  return (await api.post<Wire<typeof caseAnswer>>('/api/cases', input)).case;
}

export type CaseAction = 'urge' | 'supervise' | 'cancel';
const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** 催办 and 取消 take a text (取消: its reason); 督办 is superviseCase. */
export async function actOnCase(id: string, action: Exclude<CaseAction, 'supervise'>, text: string): Promise<void> {
  await api.post<unknown>(`${casePath(id)}/${action}`, action === 'cancel' ? { reason: text } : { text });
}

/** 督办: a text, the responsible person and the deadline. */
export async function superviseCase(id: string, body: Wire<typeof superviseCaseBody>): Promise<Escalation> {
  return (await api.post<Wire<typeof escalationAnswer>>(`${casePath(id)}/supervise`, body)).escalation;
}

export async function commentOnCase(id: string, text: string): Promise<void> {
  await api.post<unknown>(`${casePath(id)}/comments`, { text });
}

/** The deployed diagram of the case and its elements by state. */
export type CaseDiagram = Wire<typeof caseDiagramAnswer>;
export function getCaseDiagram(id: string, signal?: AbortSignal): Promise<CaseDiagram> {
  return api.get<CaseDiagram>(`${casePath(id)}/diagram`, { signal });
}

/** 催办 and 督办 with whom they reached and the answers. */
export type Escalation = Wire<typeof escalationView>;
export async function listEscalations(id: string, signal?: AbortSignal): Promise<Escalation[]> {
  return (await api.get<Wire<typeof escalationsAnswer>>(`${casePath(id)}/escalations`, { signal })).escalations;
}

export async function replyToEscalation(caseId: string, escalationId: string, text: string): Promise<Escalation> {
  return (await api.post<Wire<typeof escalationAnswer>>(`${casePath(caseId)}/escalations/${encodeURIComponent(escalationId)}/reply`, { text })).escalation;
}

/** Who may be named responsible for a 督办 of the case. */
export async function caseHandlers(id: string): Promise<Wire<typeof caseHandlersAnswer>['users']> {
  return (await api.get<Wire<typeof caseHandlersAnswer>>(`${casePath(id)}/handlers`)).users;
}

/**
 * Where the case's token is: the elements with open tasks, else the last element the timeline
 * names (a connector or a finished task).
 */
export function tokenPosition(detail: CaseDetail): string[] {
  if (detail.process.activeElementIds.length > 0) return detail.process.activeElementIds;
  const last = [...detail.timeline].reverse().find((e) => typeof e.data?.elementId === 'string');
  return last ? [last.data?.elementId as string] : [];
}

export type ConfidentialCaller = Wire<typeof caseCallerAnswer>['caller'];
/** 来电人保密: only the agent who took the case and auditors are answered; each read is audited. */
export async function getConfidentialCaller(id: string): Promise<ConfidentialCaller> {
  return (await api.get<Wire<typeof caseCallerAnswer>>(`${casePath(id)}/caller`)).caller;
}
