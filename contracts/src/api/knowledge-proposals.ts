import { z } from 'zod';
import { knowledgeCategory } from './knowledge';

/**
 * POST /api/knowledge/proposals (the knowledge-proposal connector): a case's question and answer become
 * a draft article for the authors, once per key.
 */
export const knowledgeProposalBody = z.strictObject({
  key: z.string().min(1).max(200),
  caseId: z.string().min(1).max(36),
  question: z.string().trim().min(2).max(1000),
  answer: z.string().trim().min(1).max(2000),
  /** The consultation's category; the authors' catch-all (热线服务) when the agent gave none. */
  category: z.union([knowledgeCategory, z.literal('')]).optional(),
});
export const knowledgeProposalAnswer = z.object({ articleId: z.string(), repeated: z.boolean() });
export type KnowledgeProposalBody = z.output<typeof knowledgeProposalBody>;
