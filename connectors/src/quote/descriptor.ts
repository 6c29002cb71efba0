import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { quoteOrder } from './run';

const Code = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
/** The intake form's rows: a catalogue item and how many. */
export const OrderItems = z.array(z.object({ code: Code, quantity: z.coerce.number().int().min(1).max(99) })).min(1).max(20);

/** 报价: prices an order at a provider's prices with the elder's subsidy, for the agent to confirm with the caller. */
export const quoteConnector = defineConnector({
  id: 'quote',
  version: 1,
  name: { 'zh-CN': '报价', en: 'Quote' },
  description: {
    'zh-CN': '按服务商的价格（在服务项目价格范围内）和老人的补贴类别计算每项金额、补贴与老人自付；未指定服务商时按派单规则选择。',
    en: 'Prices each item at the provider’s price (within the catalogue’s limits) with the subsidy of the elder’s category and the elder’s share; without a named provider, the dispatch rules choose one.',
  },
  input: z.object({
    elderId: field(z.string().min(1).max(36), { label: { 'zh-CN': '老人 id', en: 'Elder id' } }),
    items: field(OrderItems, { label: { 'zh-CN': '服务项目与数量', en: 'Items and quantities' } }),
    providerId: field(z.string().min(1).max(36).optional(), { label: { 'zh-CN': '指定服务商（可选）', en: 'Provider (optional)' } }),
  }),
  output: {
    quote: { 'zh-CN': '报价：服务商、各项金额、补贴与自付合计', en: 'The quote: provider, lines, subsidy and the elder’s share' },
    quoteSummary: { 'zh-CN': '报价说明（一段中文，供坐席向老人或家属读出）', en: 'The quote in one Chinese sentence, for the agent to read out' },
  },
  errors: { NO_PROVIDER: { 'zh-CN': '没有可接单的服务商', en: 'No provider can take the order' } },
  run: (input, ctx) => quoteOrder(input, ctx),
});
