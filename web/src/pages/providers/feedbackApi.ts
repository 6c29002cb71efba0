import type { providerFeedbackListAnswer, Wire } from '@careflow/contracts';
import { api } from '../../api/client';

export type FeedbackPage = Wire<typeof providerFeedbackListAnswer>;

/** A provider's rating and one page of its evaluations, newest first. */
export async function providerFeedback(providerId: string, page: number, pageSize: number, complaintsOnly: boolean): Promise<FeedbackPage> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize), ...(complaintsOnly ? { complaintsOnly: 'true' } : {}) });
  return api.get<FeedbackPage>(`/api/providers/${encodeURIComponent(providerId)}/feedback?${query}`);
}
