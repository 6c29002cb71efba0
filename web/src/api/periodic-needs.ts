import type { NEED_ACTIONS, periodicNeedAnswer, PeriodicNeedBody, periodicNeedsAnswer, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

/** 周期性需求 as the engine serves it. */
export type PeriodicNeed = Wire<typeof periodicNeedAnswer>['need'];
export type PeriodicNeedInput = PeriodicNeedBody;
export type NeedAction = (typeof NEED_ACTIONS)[number];

export async function listPeriodicNeeds(elderId: string, signal?: AbortSignal): Promise<PeriodicNeed[]> {
  return (await api.get<Wire<typeof periodicNeedsAnswer>>(`/api/periodic-needs${queryString({ elderId })}`, { signal })).needs;
}

export async function createPeriodicNeed(input: PeriodicNeedInput): Promise<PeriodicNeed> {
  return (await api.post<Wire<typeof periodicNeedAnswer>>('/api/periodic-needs', input)).need;
}

export async function actOnPeriodicNeed(id: string, action: NeedAction): Promise<PeriodicNeed> {
  return (await api.post<Wire<typeof periodicNeedAnswer>>(`/api/periodic-needs/${encodeURIComponent(id)}/${action}`, {})).need;
}
