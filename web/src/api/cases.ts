// The engine's cases (/api/cases) as the cases pages, the desk and the studio's test run read them.
import { api, queryString } from './client';

/** A case row as GET /api/cases returns it. */
export interface CaseRow {
  id: string;
  caseNumber: string;
  serviceTypeKey: string;
  serviceTypeVersion: number;
  channel: string;
  elderId: string | null;
  areaPath: string | null;
  priority: string;
  status: 'opening' | 'open' | 'closed' | 'canceled';
  openedBy: string;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
  satisfaction: string | null;
  cancelReason: string | null;
}

export interface CaseQuery {
  status?: string;
  serviceType?: string;
  channel?: string;
  caseNumber?: string;
  elderId?: string;
  openedFrom?: string;
  openedTo?: string;
  page: number;
  pageSize: number;
}

export function listCases(query: CaseQuery, signal?: AbortSignal): Promise<{ cases: CaseRow[]; total: number }> {
  return api.get(`/api/cases${queryString({ ...query })}`, { signal });
}

export interface TimelineEntry {
  id: string;
  at: string;
  type: string;
  actorName: string | null;
  data: Record<string, unknown> | null;
}

export interface CaseTask {
  id: string;
  name: string | null;
  elementId: string;
  status: string;
  assignee: string | null;
  dueAt: string | null;
  createdAt: string;
  completedAt: string | null;
}

/** GET /api/cases/:id: the case, its timeline, its tasks and the process it runs. */
export interface CaseDetail {
  case: CaseRow;
  timeline: TimelineEntry[];
  /** unavailable: the process engine did not answer, so the timeline lacks the process's own steps for now. */
  processHistory?: 'included' | 'unavailable';
  tasks: CaseTask[];
  process: { bpmnXml: string | null; activeElementIds: string[] };
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

export async function openCase(input: { serviceType: string; channel: string; elderId?: string; variables: Record<string, unknown> }): Promise<CaseRow> {
  return (await api.post<{ case: CaseRow }>('/api/cases', input)).case;
}

export type CaseAction = 'urge' | 'supervise' | 'cancel';

/** 催办 and 督办 take a text; 取消 a reason. */
export async function actOnCase(id: string, action: CaseAction, text: string): Promise<void> {
  await api.post<unknown>(`/api/cases/${encodeURIComponent(id)}/${action}`, action === 'cancel' ? { reason: text } : { text });
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
