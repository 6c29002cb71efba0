import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorInputError } from '../runtime/errors';

export interface ProposalInput {
  question: string;
  answer: string;
  category?: string;
}

/**
 * Hands the case's question and answer to the 知识库's authors as a draft. Keyed by the job, so a
 * retried job proposes once; the engine writes the draft, the authors edit and submit it.
 */
export async function proposeArticle(input: ProposalInput, ctx: ConnectorContext) {
  if (!ctx.caseId) throw new ConnectorInputError('A proposal comes from a case: the process has no caseId');
  const body = { key: ctx.job.idempotencyKey, caseId: ctx.caseId, question: input.question, answer: input.answer, ...(input.category ? { category: input.category } : {}) };
  try {
    const { articleId } = await ctx.engine.post<{ articleId: string; repeated: boolean }>('/api/knowledge/proposals', body);
    ctx.note({ what: 'knowledge.proposed', result: articleId });
    return { proposedArticle: articleId };
  } catch (error) {
    // An unknown case or a question too short to title an article: the model's data is wrong, retrying will not help.
    if (error instanceof EngineRequestError && error.status >= 400 && error.status < 500) throw new ConnectorInputError(error.message);
    throw error;
  }
}
