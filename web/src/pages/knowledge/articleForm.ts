import dayjs, { type Dayjs } from 'dayjs';
import type { KnowledgeArticleBody, KnowledgeVersion } from '../../api/knowledge';

/** The editor's fields: the article body with dates as pickers hold them. */
export type ArticleValues = Omit<KnowledgeArticleBody, 'effectiveFrom' | 'expiresOn' | 'docNumber' | 'issuer'> & {
  docNumber?: string;
  issuer?: string;
  effectiveFrom?: Dayjs | null;
  expiresOn?: Dayjs | null;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const text = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** What the engine takes (PUT /draft and POST /articles share it). */
export function bodyOf(v: ArticleValues): KnowledgeArticleBody {
  return {
    title: v.title,
    body: v.body ?? '',
    category: v.category,
    keywords: v.keywords ?? [],
    synonyms: v.synonyms ?? [],
    areas: v.areas ?? [],
    docNumber: text(v.docNumber),
    issuer: text(v.issuer),
    effectiveFrom: day(v.effectiveFrom),
    expiresOn: day(v.expiresOn),
    shortAnswer: v.shortAnswer,
    attachments: v.attachments ?? [],
  };
}

/** The editor filled from a version (the newest one: a draft, one in review, or the published text to start a new draft from). */
export function valuesOf(v: KnowledgeVersion): ArticleValues {
  return {
    title: v.title,
    body: v.body,
    category: v.category,
    keywords: v.keywords,
    synonyms: v.synonyms,
    areas: v.areas,
    docNumber: v.docNumber ?? undefined,
    issuer: v.issuer ?? undefined,
    effectiveFrom: v.effectiveFrom ? dayjs(v.effectiveFrom) : null,
    expiresOn: v.expiresOn ? dayjs(v.expiresOn) : null,
    shortAnswer: v.shortAnswer,
    attachments: v.attachments,
  };
}

export const EMPTY_ARTICLE: Partial<ArticleValues> = { keywords: [], synonyms: [], areas: [], attachments: [], body: '' };
