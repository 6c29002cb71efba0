import type { caseCancellationTermsAnswer, Wire } from '@careflow/contracts';
import { api } from '../../api/client';

export type CaseCancellationTerms = Wire<typeof caseCancellationTermsAnswer>;

/** What canceling the case now would cost: its open orders with their providers' fees and terms. */
export function getCancellationTerms(caseId: string): Promise<CaseCancellationTerms> {
  return api.get<CaseCancellationTerms>(`/api/cases/${encodeURIComponent(caseId)}/cancellation-terms`);
}
