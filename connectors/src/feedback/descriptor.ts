import { SATISFACTION } from '@careflow/contracts';
import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { rateProvider } from './run';

/** The order evaluated, as provider.done tells the process. */
const Order = z.object({ id: z.string().min(1).max(36), providerId: z.string().min(1).max(36) });
const answers = {
  satisfaction: field(z.enum(SATISFACTION).optional(), { label: { 'zh-CN': '满意度', en: 'Satisfaction' } }),
  complaint: field(z.boolean().default(false), { label: { 'zh-CN': '是否投诉服务商', en: 'A complaint about the provider' }, type: 'Boolean' }),
  note: field(z.string().max(1000).optional(), { label: { 'zh-CN': '回访记录（可选）', en: 'Return visit note (optional)' }, type: 'Text' }),
};
const common = {
  id: 'feedback',
  name: { 'zh-CN': '服务商评价', en: 'Rate the provider' },
  output: { providerRating: { 'zh-CN': '服务商评分：评分、评价数、投诉数', en: 'The provider’s rating: rating, evaluations, complaints' } },
};
const RATING_RULE = {
  'zh-CN': '满意度（非常满意 5 分 … 非常不满意 1 分）和是否投诉（0 分）记为对服务商的一次评价；服务商评分为最近 50 次评价的平均分，派单时评分高者优先。',
  en: 'satisfaction (very satisfied 5 … very unsatisfied 1) or a complaint (0) counts as one evaluation of the provider; its rating is the mean of its latest 50, and dispatch prefers the better rated.',
};

/** 服务评价 version 1 (released): the return visit of a finished order. Kept so that published models using it run on. */
export const feedbackConnectorV1 = defineConnector({
  ...common,
  version: 1,
  description: {
    'zh-CN': '把回访的满意度（非常满意 5 分 … 非常不满意 1 分）和是否投诉（0 分）记为对完成该派单的服务商的一次评价；服务商评分为最近 50 次评价的平均分，派单时评分高者优先。',
    en: 'Records the return visit’s answer (very satisfied 5, satisfied 4, fairly satisfied 3, unsatisfied 2, very unsatisfied 1) and any complaint (0) as an evaluation of the provider that did the order; the provider’s rating is the mean of its latest 50, and dispatch prefers the better rated.',
  },
  input: z.object({ order: field(Order, { label: { 'zh-CN': '完成的派单', en: 'The finished order' } }), ...answers }),
  errors: {},
  run: (input, ctx) => rateProvider({ ...input, source: 'return_visit' }, ctx),
});

/** 服务评价: a return visit's answer, or a complaint (投诉建议) naming the served case, rates the provider that did the work. */
export const feedbackConnector = defineConnector({
  ...common,
  version: 2,
  description: {
    'zh-CN': `回访或投诉建议对服务商的评价：完成的派单，或被投诉服务的工单号（取该工单最近的派单）。${RATING_RULE['zh-CN']}`,
    en: `A return visit’s or a complaint’s evaluation of a provider: the finished order, or the case number of the service complained about (its latest order). The ${RATING_RULE.en}`,
  },
  input: z
    .object({
      order: field(Order.optional(), { label: { 'zh-CN': '完成的派单', en: 'The finished order' } }),
      caseNumber: field(z.string().trim().min(1).max(40).optional(), { label: { 'zh-CN': '被投诉服务的工单号（代替派单）', en: 'Case number of the service complained about (instead of the order)' } }),
      source: field(z.enum(['return_visit', 'complaint']).default('return_visit'), { label: { 'zh-CN': '来源', en: 'Source' }, type: 'Dropdown' }),
      ...answers,
    })
    .refine((v) => (v.order === undefined) !== (v.caseNumber === undefined), { message: 'name the finished order or the case number complained about', path: ['order'] }),
  errors: { NO_ORDER: { 'zh-CN': '该工单没有派单，无法关联服务商', en: 'The case named has no order, so no provider to rate' } },
  run: (input, ctx) => rateProvider(input, ctx),
});
