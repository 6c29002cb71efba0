import type { dispatchAnswer, dispatchListAnswer, dispatchListQuery, dispatchView, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

export type { DispatchStatus } from '@careflow/contracts';

/** 派单: a service item sent to a provider, as the engine returns it. */
export type Dispatch = Wire<typeof dispatchView>;

const path = (id: string) => `/api/dispatches/${encodeURIComponent(id)}`;

/** The signed-in provider user's orders (a supervisor's: those in the area scope). */
export async function listDispatches(query: z.input<typeof dispatchListQuery> = {}, signal?: AbortSignal): Promise<Dispatch[]> {
  return (await api.get<Wire<typeof dispatchListAnswer>>(`/api/dispatches${queryString({ ...query })}`, { signal })).dispatches;
}

export async function acceptDispatch(id: string, staffId?: string): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/accept`, staffId ? { staffId } : {})).dispatch;
}

export async function rejectDispatch(id: string, reason: string): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/reject`, { reason })).dispatch;
}

export async function finishDispatch(id: string): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/done`, {})).dispatch;
}
