import { api, queryString } from './client';
import type { ElderDetail, ElderInput, ElderQuery, ElderStatus, ElderSummary, StatusChange } from './registry-types';

const path = (id: string) => `/api/elders/${encodeURIComponent(id)}`;

export function listElders(query: ElderQuery, signal?: AbortSignal): Promise<{ elders: ElderSummary[]; total: number }> {
  return api.get(`/api/elders${queryString({ ...query })}`, { signal });
}

export async function getElder(id: string): Promise<ElderDetail> {
  return (await api.get<{ elder: ElderDetail }>(path(id))).elder;
}

type Saved = { elder: { id: string; version: number } };

export async function createElder(input: ElderInput): Promise<Saved['elder']> {
  return (await api.post<Saved>('/api/elders', input)).elder;
}

/** `version` is the one the user started editing from; a newer one on the server answers 409. */
export async function updateElder(id: string, input: ElderInput, version: number): Promise<Saved['elder']> {
  return (await api.put<Saved>(path(id), { ...input, version })).elder;
}

export async function changeElderStatus(id: string, status: ElderStatus, note: string): Promise<void> {
  await api.post<unknown>(`${path(id)}/status`, { status, note });
}

export async function statusHistory(id: string): Promise<StatusChange[]> {
  return (await api.get<{ changes: StatusChange[] }>(`${path(id)}/status-history`)).changes;
}
