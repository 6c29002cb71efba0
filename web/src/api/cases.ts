// The engine's cases (/api/cases) as the cases pages, the desk and the studio's test run read them.
import type { caseAnswer, caseDetailAnswer, caseEventView, caseListAnswer, caseListQuery, caseView, openCaseBody, taskView, Wire } from '@careflow/contracts';
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
