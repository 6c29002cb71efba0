import type { cancellationTermsBody, providerAnswer, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { Provider } from '../../api/provider-types';

/** Sets a provider's cancellation terms (managers only); answers the provider as it now is. */
export async function setCancellationTerms(providerId: string, terms: z.input<typeof cancellationTermsBody>): Promise<Provider> {
  return (await api.put<Wire<typeof providerAnswer>>(`/api/providers/${encodeURIComponent(providerId)}/cancellation-terms`, terms)).provider;
}
