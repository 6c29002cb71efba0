import type { orderCallAnswer, Wire } from '@careflow/contracts';
import { api } from './client';

/** The hotline rings the signed-in provider user's phone, then the order's elder; the answer names their phone, masked. */
export async function callElder(dispatchId: string): Promise<Wire<typeof orderCallAnswer>> {
  return api.post<Wire<typeof orderCallAnswer>>(`/api/dispatches/${encodeURIComponent(dispatchId)}/call`, {});
}
