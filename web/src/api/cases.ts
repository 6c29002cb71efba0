import { api } from './client';

export interface CaseSummary {
  id: string;
  caseNumber: string;
  status: string;
  serviceTypeKey: string;
  serviceTypeVersion: number;
}

export interface CaseEvent {
  id: string;
  at: string;
  type: string;
  data: Record<string, unknown> | null;
}

/** GET /api/cases/:id: the case, its timeline, its tasks and the process it runs. */
export interface CaseDetail {
  case: CaseSummary;
  timeline: CaseEvent[];
  tasks: { id: string; elementId: string; status: string }[];
  process: { bpmnXml: string | null; activeElementIds: string[] };
}

export async function openCase(input: { serviceType: string; channel: string; variables: Record<string, unknown> }): Promise<CaseSummary> {
  return (await api.post<{ case: CaseSummary }>('/api/cases', input)).case;
}

export function getCase(id: string): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
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
