import { SATISFACTION } from '@careflow/contracts';
import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { rateProvider } from './run';

/** The order evaluated, as provider.done tells the process. */
const Order = z.object({ id: z.string().min(1).max(36), providerId: z.string().min(1).max(36) });

/** 服务评价: the return visit's answer (and any complaint) rates the provider that did the work. */
export const feedbackConnector = defineConnector({
  id: 'feedback',
  version: 1,
  name: { 'zh-CN': '服务商评价', en: 'Rate the provider' },
  description: {
    'zh-CN': '把回访的满意度（非常满意 5 分 … 非常不满意 1 分）和是否投诉（0 分）记为对完成该派单的服务商的一次评价；服务商评分为最近 50 次评价的平均分，派单时评分高者优先。',
    en: 'Records the return visit’s answer (very satisfied 5, satisfied 4, fairly satisfied 3, unsatisfied 2, very unsatisfied 1) and any complaint (0) as an evaluation of the provider that did the order; the provider’s rating is the mean of its latest 50, and dispatch prefers the better rated.',
  },
  input: z.object({
    order: field(Order, { label: { 'zh-CN': '完成的派单', en: 'The finished order' } }),
    satisfaction: field(z.enum(SATISFACTION).optional(), { label: { 'zh-CN': '满意度', en: 'Satisfaction' } }),
    complaint: field(z.boolean().default(false), { label: { 'zh-CN': '是否投诉服务商', en: 'A complaint about the provider' }, type: 'Boolean' }),
    note: field(z.string().max(1000).optional(), { label: { 'zh-CN': '回访记录（可选）', en: 'Return visit note (optional)' }, type: 'Text' }),
  }),
  output: { providerRating: { 'zh-CN': '服务商评分：评分、评价数、投诉数', en: 'The provider’s rating: rating, evaluations, complaints' } },
  errors: {},
  run: (input, ctx) => rateProvider(input, ctx),
});
