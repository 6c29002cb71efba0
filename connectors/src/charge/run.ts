import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorInputError } from '../runtime/errors';

export interface ChargeInput {
  order: { id: string; providerId: string; staffId?: string | null; finishedAt?: string | null };
  elderId: string;
  items: { code: string; quantity: number }[];
  quote?: { provider: { id: string }; lines: { code: string; unitPrice: number }[] };
}

interface Charge {
  key: string;
  month: string;
  totals: { amount: number; subsidy: number; elderShare: number };
}

/**
 * Posts the charge keyed by the job, so a retried job finds the lines it made. The agreed prices
 * hold for the provider quoted; another provider (after a re-dispatch) charges its own price.
 */
export async function chargeOrder(input: ChargeInput, ctx: ConnectorContext) {
  const { order, quote } = input;
  const agreed = quote?.provider.id === order.providerId ? new Map(quote.lines.map((l) => [l.code, l.unitPrice])) : new Map<string, number>();
  const body = {
    key: ctx.job.idempotencyKey,
    elderId: input.elderId,
    providerId: order.providerId,
    ...(order.staffId ? { staffId: order.staffId } : {}),
    ...(ctx.caseId ? { caseId: ctx.caseId } : {}),
    dispatchId: order.id,
    servedAt: order.finishedAt ?? new Date().toISOString(),
    items: input.items.map((i) => ({ code: i.code, quantity: i.quantity, ...(agreed.has(i.code) ? { unitPrice: agreed.get(i.code) } : {}) })),
  };
  try {
    const { charge } = await ctx.engine.post<{ charge: Charge }>('/api/billing/charges', body);
    ctx.note({ what: 'charge.recorded', to: [charge.month], result: String(charge.totals.amount) });
    return { charge: { month: charge.month, totals: charge.totals } };
  } catch (error) {
    // A price outside the catalogue or an unknown item: the model's data is wrong, retrying will not help.
    if (error instanceof EngineRequestError && error.status >= 400 && error.status < 500 && error.status !== 409) throw new ConnectorInputError(error.message);
    throw error;
  }
}
