import type { caseKnowledgeAnswer, knowledgeSmsAnswer, knowledgeUseAnswer, knowledgeUseView, Wire } from '@careflow/contracts';
import { api } from './client';

// The search and ratings are the knowledge pages' calls.
export { rateArticle, searchKnowledge as findKnowledge, type KnowledgeHit as KnowledgeSearchHit } from './knowledge';

/** The 知识库 as the task form's widget uses it: search, answers recorded on the case, texts to the caller, ratings. */
export type KnowledgeUse = Wire<typeof knowledgeUseView>;
export type KnowledgeSmsResult = Wire<typeof knowledgeSmsAnswer>;

const onCase = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/knowledge`;

export const knowledgeOfCase = (caseId: string, signal?: AbortSignal) => api.get<Wire<typeof caseKnowledgeAnswer>>(onCase(caseId), { signal }).then((r) => r.uses);

export const answerFromArticle = (caseId: string, articleId: string) => api.post<Wire<typeof knowledgeUseAnswer>>(onCase(caseId), { articleId });

export const textArticle = (caseId: string, articleId: string, phone: string) => api.post<KnowledgeSmsResult>(`${onCase(caseId)}/sms`, { articleId, phone });
