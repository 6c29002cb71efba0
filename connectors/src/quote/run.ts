import { yuan, type quoteAnswer, type Wire } from '@careflow/contracts';
import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';

export interface QuoteInput {
  elderId: string;
  items: { code: string; quantity: number }[];
  providerId?: string;
}

/** The engine's quote as the process keeps it (the elder and the cap stay behind). */
export type Quote = Pick<Wire<typeof quoteAnswer>['quote'], 'provider' | 'month' | 'category' | 'lines' | 'totals'>;

/** The quote as the agent reads it out: each item, then the totals and who serves. */
export function quoteSummary(quote: Quote): string {
  const lines = quote.lines.map((l) => `${l.name} ${l.quantity}${l.unit} × ${yuan(l.unitPrice)} = ${yuan(l.amount)}${l.subsidy > 0 ? `（补贴 ${yuan(l.subsidy)}）` : ''}`);
  const { amount, subsidy, elderShare } = quote.totals;
  return `${lines.join('；')}。合计 ${yuan(amount)}，补贴 ${yuan(subsidy)}，老人自付 ${yuan(elderShare)}。服务商：${quote.provider.name}`;
}

/** Asks the engine for the quote; it stores nothing, so a retried job simply asks again. */
export async function quoteOrder(input: QuoteInput, ctx: ConnectorContext) {
  try {
    const { quote } = await ctx.engine.post<Wire<typeof quoteAnswer>>('/api/billing/quotes', input);
    const kept: Quote = { provider: quote.provider, month: quote.month, category: quote.category, lines: quote.lines, totals: quote.totals };
    ctx.note({ what: 'quote.priced', to: [quote.provider.name], result: yuan(quote.totals.elderShare) });
    return { quote: kept, quoteSummary: quoteSummary(kept) };
  } catch (error) {
    if (error instanceof EngineRequestError && error.code === 'no_provider') throw new ConnectorBpmnError('NO_PROVIDER', error.message);
    if (error instanceof EngineRequestError && error.status >= 400 && error.status < 500) throw new ConnectorInputError(error.message);
    throw error;
  }
}
