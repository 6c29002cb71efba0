import type { Satisfaction } from '@careflow/contracts';
import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';

export interface FeedbackInput {
  order?: { id: string; providerId: string };
  caseNumber?: string;
  source: 'return_visit' | 'complaint';
  satisfaction?: Satisfaction;
  complaint: boolean;
  note?: string;
}

interface Standing {
  providerId: string;
  rating: number | null;
  evaluations: number;
  complaints: number;
}

/**
 * Posts the evaluation keyed by the job, so a retried job counts once. The engine takes the provider
 * from the order, so a stale variable cannot rate the wrong one.
 */
export async function rateProvider(input: FeedbackInput, ctx: ConnectorContext) {
  const body = {
    key: ctx.job.idempotencyKey,
    ...(input.order ? { dispatchId: input.order.id } : { caseNumber: input.caseNumber }),
    source: input.source,
    ...(input.satisfaction ? { satisfaction: input.satisfaction } : {}),
    complaint: input.complaint,
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
  };
  try {
    const { standing } = await ctx.engine.post<{ standing: Standing }>('/api/provider-feedback', body);
    ctx.note({ what: 'provider.rated', to: [standing.providerId], result: standing.rating === null ? '—' : String(standing.rating) });
    return { providerRating: { rating: standing.rating, evaluations: standing.evaluations, complaints: standing.complaints } };
  } catch (error) {
    // No answer and no complaint, an unknown order, or an order not finished: the model's data is wrong.
    // A complaint names a case by its number: one with no order is the caller's mistake, which the process may handle.
    if (error instanceof EngineRequestError && error.status === 404 && !input.order) throw new ConnectorBpmnError('NO_ORDER', error.message);
    if (error instanceof EngineRequestError && error.status >= 400 && error.status < 500) throw new ConnectorInputError(error.message);
    throw error;
  }
}
