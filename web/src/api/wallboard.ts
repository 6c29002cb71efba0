import type { Wire, wallboardAnswer } from '@careflow/contracts';
import { api } from './client';

/** 值班大屏 as the engine serves it (timestamps are ISO strings). */
export type Wallboard = Wire<typeof wallboardAnswer>;

export async function wallboard(signal?: AbortSignal): Promise<Wallboard> {
  return await api.get<Wallboard>('/api/wallboard', { signal });
}
