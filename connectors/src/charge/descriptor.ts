import { z } from 'zod';
import { OrderItems } from '../quote/descriptor';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { chargeOrder } from './run';

/** The finished order as provider.done tells the process. */
const Order = z.object({ id: z.string().min(1).max(36), providerId: z.string().min(1).max(36), staffId: z.string().max(36).nullish(), finishedAt: z.string().max(40).nullish() });
/** The quote the caller agreed to: its unit prices hold when the same provider did the work. */
const AgreedQuote = z.object({ provider: z.object({ id: z.string() }), lines: z.array(z.object({ code: z.string(), unitPrice: z.number().int().min(0) })) });

/** 收费: records the charge lines of a finished order, with the elder's subsidy, in the open billing month. */
export const chargeConnector = defineConnector({
  id: 'charge',
  version: 1,
  name: { 'zh-CN': '生成收费明细', en: 'Charge the order' },
  description: {
    'zh-CN': '为完成的服务生成收费明细（数量、单价、金额、补贴、老人自付），同一服务商完成时按确认的报价单价；所在月份已月结时记入下一个未结月份。',
    en: 'Records the charge lines of a finished order (quantity, unit price, amount, subsidy, the elder’s share), at the agreed quote’s prices when its provider did the work; a closed month’s charge goes to the next open month.',
  },
  input: z.object({
    order: field(Order, { label: { 'zh-CN': '完成的派单', en: 'The finished order' } }),
    elderId: field(z.string().min(1).max(36), { label: { 'zh-CN': '老人 id', en: 'Elder id' } }),
    items: field(OrderItems, { label: { 'zh-CN': '服务项目与数量', en: 'Items and quantities' } }),
    quote: field(AgreedQuote.optional(), { label: { 'zh-CN': '确认的报价（可选）', en: 'The agreed quote (optional)' } }),
  }),
  output: { charge: { 'zh-CN': '收费：记账月份与合计', en: 'The charge: billing month and totals' } },
  errors: {},
  run: (input, ctx) => chargeOrder(input, ctx),
});
