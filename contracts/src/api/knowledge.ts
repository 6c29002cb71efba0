import { z } from 'zod';
import { smsMobilePhone, smsStatus } from './sms';
import { calendarDate, timestamp } from '../wire';

/**
 * 知识库: policy articles agents answer from. Each edit is a version: an author's draft goes to review,
 * a reviewer publishes it (the version before is kept, superseded) or sends it back with a note.
 */
export const KNOWLEDGE_VERSION_STATUSES = ['draft', 'review', 'published', 'superseded'] as const;
export const knowledgeVersionStatus = z.enum(KNOWLEDGE_VERSION_STATUSES);
/** An article as agents meet it: not yet published, live, or past its expiry date (it warns whoever opens it). */
export const KNOWLEDGE_ARTICLE_STATUSES = ['unpublished', 'published', 'expired', 'withdrawn'] as const;
export const knowledgeArticleStatus = z.enum(KNOWLEDGE_ARTICLE_STATUSES);
/** The short answer an agent reads out or sends by SMS, and the IVR plays. */
export const SHORT_ANSWER_MAX = 300;

const word = z.string().trim().min(1).max(30);
/** A category path: the top level is a code of the knowledge_category dictionary, then sub-codes ('social_assistance/dibao'). */
export const knowledgeCategory = z.string().regex(/^[a-z][a-z0-9_]{0,39}(\/[a-z][a-z0-9_-]{0,39}){0,3}$/, 'a category path such as social_assistance/dibao');

/** What an author writes; the body is HTML, sanitised to a small set of tags when stored. */
export const knowledgeArticleBody = z
  .strictObject({
    title: z.string().trim().min(2).max(200),
    body: z.string().max(100_000),
    category: knowledgeCategory,
    keywords: z.array(word).max(30).default([]),
    synonyms: z.array(word).max(30).default([]),
    /** Area codes the policy applies to; none: everywhere. */
    areas: z.array(z.string().regex(/^\d{2,12}$/)).max(50).default([]),
    docNumber: z.string().trim().max(100).nullable().default(null),
    issuer: z.string().trim().max(100).nullable().default(null),
    effectiveFrom: calendarDate.nullable().default(null),
    expiresOn: calendarDate.nullable().default(null),
    shortAnswer: z.string().trim().min(1).max(SHORT_ANSWER_MAX),
    /** Uploaded PDF files. */
    attachments: z.array(z.string().min(1).max(36)).max(10).default([]),
  })
  .refine((b) => !b.effectiveFrom || !b.expiresOn || b.expiresOn > b.effectiveFrom, { path: ['expiresOn'], message: 'expires after it takes effect' });
export type KnowledgeArticleBody = z.output<typeof knowledgeArticleBody>;

export const knowledgeVersionView = z.object({
  articleId: z.string(),
  version: z.number().int(),
  status: knowledgeVersionStatus,
  title: z.string(),
  body: z.string(),
  category: z.string(),
  keywords: z.array(z.string()),
  synonyms: z.array(z.string()),
  areas: z.array(z.string()),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  shortAnswer: z.string(),
  attachments: z.array(z.string()),
  authoredBy: z.string(),
  authoredByName: z.string(),
  updatedAt: timestamp,
  /** The reviewer's note when the version was sent back, or on publishing. */
  reviewNote: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  publishedAt: timestamp.nullable(),
});
export type KnowledgeVersionView = z.infer<typeof knowledgeVersionView>;

export const knowledgeArticleView = z.object({
  id: z.string(),
  status: knowledgeArticleStatus,
  /** The version agents read; null before the first is published. */
  publishedVersion: z.number().int().nullable(),
  /** The newest version: a draft or one in review when it is above the published one. */
  latestVersion: z.number().int(),
  latestStatus: knowledgeVersionStatus,
  title: z.string(),
  category: z.string(),
  expiresOn: z.string().nullable(),
  useful: z.number().int(),
  notUseful: z.number().int(),
  updatedAt: timestamp,
});
export type KnowledgeArticleView = z.infer<typeof knowledgeArticleView>;

export const knowledgeArticleAnswer = z.object({ article: knowledgeArticleView, published: knowledgeVersionView.nullable(), latest: knowledgeVersionView });
/** POST /submit, /publish, /reject: the reviewer's note (required to send a version back). */
export const knowledgeReviewBody = z.strictObject({ note: z.string().trim().max(500).optional() });

export const knowledgeListQuery = z.object({
  status: knowledgeArticleStatus.optional(),
  /** Versions waiting for a reviewer. */
  inReview: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Articles whose newest version is a draft: everyone's (proposals from cases included) or the caller's own. */
  drafts: z.enum(['mine', 'all']).optional(),
  category: knowledgeCategory.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const knowledgeListAnswer = z.object({ articles: z.array(knowledgeArticleView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** GET /api/knowledge/search: published articles in force, best first, with the words to highlight. */
export const knowledgeSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  category: knowledgeCategory.optional(),
  /** The caller's area code: articles for it, its parents, or everywhere. */
  area: z.string().regex(/^\d{2,12}$/).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const knowledgeSearchHit = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  category: z.string(),
  shortAnswer: z.string(),
  /** The body's sentence with most matched words, as plain text. */
  snippet: z.string(),
  matched: z.array(z.string()),
  score: z.number(),
});
export const knowledgeSearchAnswer = z.object({ hits: z.array(knowledgeSearchHit) });

/** POST /api/cases/:id/knowledge: the agent answered from this (published) article; once per case and article. */
export const knowledgeUseBody = z.strictObject({ articleId: z.string().min(1).max(36) });
export const knowledgeUseView = z.object({
  caseId: z.string(),
  articleId: z.string(),
  version: z.number().int(),
  title: z.string(),
  shortAnswer: z.string(),
  usedByName: z.string(),
  usedAt: timestamp,
});
export const knowledgeUseAnswer = z.object({ use: knowledgeUseView, repeated: z.boolean() });
export const caseKnowledgeAnswer = z.object({ uses: z.array(knowledgeUseView) });

/**
 * POST /api/cases/:id/knowledge/sms: text the article's short answer to the caller and record the use (as above).
 * The same article to the same phone on the case again is a repeat: nothing new is sent.
 */
export const knowledgeSmsBody = z.strictObject({ articleId: z.string().min(1).max(36), phone: smsMobilePhone });
export const knowledgeSmsAnswer = z.object({
  use: knowledgeUseView,
  /** recipient: the phone, masked. */
  message: z.object({ id: z.string(), recipient: z.string(), content: z.string(), status: smsStatus }),
  repeated: z.boolean(),
});

/** POST /api/knowledge/articles/:id/rating: useful or not, once per agent and case (a second answer replaces the first). */
export const knowledgeRatingBody = z.strictObject({ useful: z.boolean(), caseId: z.string().min(1).max(36).optional() });
export const knowledgeRatingAnswer = z.object({ useful: z.number().int(), notUseful: z.number().int() });

/** GET /api/knowledge/stats: the month's most used articles (default: this month), for authors. */
export const knowledgeStatsQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM').optional() });
export const knowledgeStatsAnswer = z.object({
  month: z.string(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), uses: z.number().int(), useful: z.number().int(), notUseful: z.number().int() })),
});
