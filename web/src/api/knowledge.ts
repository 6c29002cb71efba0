import type {
  knowledgeArticleAnswer,
  knowledgeArticleBody,
  knowledgeArticleView,
  knowledgeListAnswer,
  knowledgeListQuery,
  knowledgeRatingAnswer,
  knowledgeSearchAnswer,
  knowledgeSearchHit,
  knowledgeStatsAnswer,
  knowledgeVersionView,
  Wire,
} from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

export { KNOWLEDGE_ARTICLE_STATUSES, SHORT_ANSWER_MAX } from '@careflow/contracts';
export type { KnowledgeArticleBody } from '@careflow/contracts';

export type KnowledgeArticle = Wire<typeof knowledgeArticleView>;
export type KnowledgeVersion = Wire<typeof knowledgeVersionView>;
export type KnowledgeAnswer = Wire<typeof knowledgeArticleAnswer>;
export type KnowledgeHit = Wire<typeof knowledgeSearchHit>;
export type KnowledgeStats = Wire<typeof knowledgeStatsAnswer>;
export type KnowledgeArticleStatus = KnowledgeArticle['status'];
/** The list's filters as the page holds them (inReview as a boolean; the query string carries 'true'). */
export type KnowledgeListQuery = Omit<Partial<z.output<typeof knowledgeListQuery>>, 'inReview'> & { inReview?: boolean };
export type KnowledgeStep = 'submit' | 'publish' | 'reject' | 'withdraw';

const base = '/api/knowledge';
const article = (id: string) => `${base}/articles/${encodeURIComponent(id)}`;

export const searchKnowledge = (q: { q: string; category?: string; area?: string; limit?: number }, signal?: AbortSignal) =>
  api.get<Wire<typeof knowledgeSearchAnswer>>(`${base}/search${queryString(q)}`, { signal }).then((r) => r.hits);

export const listArticles = (q: KnowledgeListQuery, signal?: AbortSignal) =>
  api.get<Wire<typeof knowledgeListAnswer>>(`${base}/articles${queryString({ ...q, inReview: q.inReview ? 'true' : undefined })}`, { signal });

export const getArticle = (id: string, signal?: AbortSignal) => api.get<KnowledgeAnswer>(article(id), { signal });
export const listVersions = (id: string, signal?: AbortSignal) =>
  api.get<{ versions: KnowledgeVersion[] }>(`${article(id)}/versions`, { signal }).then((r) => r.versions);

export const createArticle = (body: z.input<typeof knowledgeArticleBody>) => api.post<KnowledgeAnswer>(`${base}/articles`, body);
export const saveDraft = (id: string, body: z.input<typeof knowledgeArticleBody>) => api.put<KnowledgeAnswer>(`${article(id)}/draft`, body);
/** submit, publish, reject (a note is required) or withdraw. */
export const stepArticle = (id: string, step: KnowledgeStep, note?: string) => api.post<KnowledgeAnswer>(`${article(id)}/${step}`, note ? { note } : {});

export const rateArticle = (id: string, useful: boolean, caseId?: string) =>
  api.post<Wire<typeof knowledgeRatingAnswer>>(`${article(id)}/rating`, { useful, ...(caseId ? { caseId } : {}) });
export const knowledgeStats = (month?: string, signal?: AbortSignal) => api.get<KnowledgeStats>(`${base}/stats${queryString({ month })}`, { signal });
