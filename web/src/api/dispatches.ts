import type { dispatchAnswer, dispatchListAnswer, dispatchListQuery, dispatchView, finishDispatchBody, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

export type { DispatchStatus } from '@careflow/contracts';

/** 派单: a service item sent to a provider, as the engine returns it. */
export type Dispatch = Wire<typeof dispatchView>;

const path = (id: string) => `/api/dispatches/${encodeURIComponent(id)}`;

/**
 * A page of the signed-in provider user's orders (a supervisor's: those in the area scope), newest
 * first, with how many there are over all pages; without page and pageSize the first 200.
 */
export async function listDispatches(query: Partial<z.output<typeof dispatchListQuery>> = {}, signal?: AbortSignal): Promise<Wire<typeof dispatchListAnswer>> {
  return api.get<Wire<typeof dispatchListAnswer>>(`/api/dispatches${queryString({ ...query })}`, { signal });
}

export async function acceptDispatch(id: string, staffId?: string): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/accept`, staffId ? { staffId } : {})).dispatch;
}

export async function rejectDispatch(id: string, reason: string): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/reject`, { reason })).dispatch;
}

/** The worker is at the door: the order is in service (a photo is optional). */
export async function startWork(id: string, photoFileId?: string): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/start`, photoFileId ? { photoFileId } : {})).dispatch;
}

/** The work is done: a photo, and the elder's 爱心卡 number or spoken code as proof of the visit. */
export async function finishWork(id: string, body: z.input<typeof finishDispatchBody>): Promise<Dispatch> {
  return (await api.post<Wire<typeof dispatchAnswer>>(`${path(id)}/finish`, body)).dispatch;
}
