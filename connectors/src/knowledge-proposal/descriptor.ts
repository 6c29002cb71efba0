import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { proposeArticle } from './run';

/** 建议新增知识: a case's question and answer become a draft article for the 知识库's authors. */
export const knowledgeProposalConnector = defineConnector({
  id: 'knowledge-proposal',
  version: 1,
  name: { 'zh-CN': '建议新增知识', en: 'Propose an article' },
  description: {
    'zh-CN': '把工单的咨询问题和答复作为一篇知识草稿交给知识库编辑（注明来源工单），编辑修改后提交审核；重试不会重复建议。',
    en: 'Turns the case’s question and answer into a draft article for the knowledge authors (naming the case); they edit and submit it. A retry proposes once.',
  },
  input: z.object({
    question: field(z.string().trim().min(2).max(1000), { label: { 'zh-CN': '咨询问题', en: 'Question' }, type: 'Text' }),
    answer: field(z.string().trim().min(1).max(2000), { label: { 'zh-CN': '答复', en: 'Answer' }, type: 'Text' }),
    category: field(z.string().max(200).optional(), { label: { 'zh-CN': '知识分类（可选）', en: 'Category (optional)' } }),
  }),
  output: { proposedArticle: { 'zh-CN': '知识草稿编号', en: 'The draft article’s id' } },
  errors: {},
  run: (input, ctx) => proposeArticle(input, ctx),
});
