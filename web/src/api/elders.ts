import type { elderDetailAnswer, elderListAnswer, elderSavedAnswer, elderStatusAnswer, elderStatusHistoryAnswer, Wire } from '@careflow/contracts';
import { api, queryString } from './client';
import type { ElderDetail, ElderFile, ElderInput, ElderQuery, ElderStatus, StatusChange } from './registry-types';

const path = (id: string) => `/api/elders/${encodeURIComponent(id)}`;

export function listElders(query: ElderQuery, signal?: AbortSignal): Promise<Wire<typeof elderListAnswer>> {
  return api.get(`/api/elders${queryString({ ...query })}`, { signal });
}

export async function getElder(id: string): Promise<ElderDetail> {
  return (await api.get<Wire<typeof elderDetailAnswer>>(path(id))).elder;
}

/** The whole file (masked for analysts and auditors), rather than what a provider's worker sees. */
export const isElderFile = (elder: ElderDetail): elder is ElderFile => 'relatives' in elder;

type Saved = Wire<typeof elderSavedAnswer>['elder'];

export async function createElder(input: ElderInput): Promise<Saved> {
  return (await api.post<Wire<typeof elderSavedAnswer>>('/api/elders', input)).elder;
}

/** `version` is the one the user started editing from; a newer one on the server answers 409. */
export async function updateElder(id: string, input: ElderInput, version: number): Promise<Saved> {
  return (await api.put<Wire<typeof elderSavedAnswer>>(path(id), { ...input, version })).elder;
}

export async function changeElderStatus(id: string, status: ElderStatus, note: string): Promise<void> {
  await api.post<Wire<typeof elderStatusAnswer>>(`${path(id)}/status`, { status, note });
}

export async function statusHistory(id: string): Promise<StatusChange[]> {
  return (await api.get<Wire<typeof elderStatusHistoryAnswer>>(`${path(id)}/status-history`)).changes;
}
