import { api, queryString } from './client';

export type DispatchStatus = 'dispatched' | 'accepted' | 'rejected' | 'expired' | 'done';

/** 派单: a service item sent to a provider, as the engine returns it. */
export interface Dispatch {
  id: string;
  caseId: string | null;
  serviceItem: string;
  areaCode: string;
  areaPath: string;
  providerId: string;
  staffId: string | null;
  status: DispatchStatus;
  note: string | null;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
  provider: { id: string; name: string; contactPhone: string };
}

const path = (id: string) => `/api/dispatches/${encodeURIComponent(id)}`;

/** The signed-in provider user's orders (a supervisor's: those in the area scope). */
export async function listDispatches(query: { status?: DispatchStatus } = {}, signal?: AbortSignal): Promise<Dispatch[]> {
  return (await api.get<{ dispatches: Dispatch[] }>(`/api/dispatches${queryString({ ...query })}`, { signal })).dispatches;
}

export async function acceptDispatch(id: string, staffId?: string): Promise<Dispatch> {
  return (await api.post<{ dispatch: Dispatch }>(`${path(id)}/accept`, staffId ? { staffId } : {})).dispatch;
}

export async function rejectDispatch(id: string, reason: string): Promise<Dispatch> {
  return (await api.post<{ dispatch: Dispatch }>(`${path(id)}/reject`, { reason })).dispatch;
}

export async function finishDispatch(id: string): Promise<Dispatch> {
  return (await api.post<{ dispatch: Dispatch }>(`${path(id)}/done`, {})).dispatch;
}
