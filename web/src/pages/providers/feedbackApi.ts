import type { providerFeedbackListAnswer, Wire } from '@careflow/contracts';
import { api, queryString } from '../../api/client';

export type FeedbackPage = Wire<typeof providerFeedbackListAnswer>;

/** A provider's rating and one page of its evaluations, newest first. */
export async function providerFeedback(providerId: string, page: number, pageSize: number, complaintsOnly: boolean): Promise<FeedbackPage> {
  return api.get<FeedbackPage>(`/api/providers/${encodeURIComponent(providerId)}/feedback${queryString({ page, pageSize, complaintsOnly: complaintsOnly ? 'true' : undefined })}`);
}
