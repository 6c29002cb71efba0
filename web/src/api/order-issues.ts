import type { orderIssueAnswer, orderIssueBody, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api } from './client';

export type OrderIssueInput = z.input<typeof orderIssueBody>;

/** 上报问题: the worker tells the hotline the elder is not home, or more work is needed. */
export async function reportOrderIssue(dispatchId: string, input: OrderIssueInput): Promise<Wire<typeof orderIssueAnswer>> {
  return api.post<Wire<typeof orderIssueAnswer>>(`/api/dispatches/${encodeURIComponent(dispatchId)}/issue`, input);
}
