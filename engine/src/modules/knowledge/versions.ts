import type { KnowledgeArticleBody, KnowledgeArticleView, KnowledgeVersionView } from '@careflow/contracts';
import { PublicUser } from '../identity/entities';
import { KnowledgeArticle, KnowledgeVersion } from './entities';
import { sanitizeBody } from './sanitize';

/** A version of `body` by `user`, as a draft. */
export function draftOf(articleId: string, version: number, body: KnowledgeArticleBody, user: PublicUser): KnowledgeVersion {
  return {
    articleId,
    version,
    status: 'draft',
    ...body,
    body: sanitizeBody(body.body),
    authoredBy: user.id,
    authoredByName: user.displayName,
    updatedAt: new Date(),
    reviewNote: null,
    reviewedBy: null,
    reviewedByName: null,
    publishedAt: null,
  };
}

/** What the lists show of an article: live, expired (today past its expiry date), withdrawn or not yet published. */
export function articleView(a: KnowledgeArticle, latestStatus: KnowledgeVersion['status'], today: string): KnowledgeArticleView {
  const status = a.withdrawn ? 'withdrawn' : a.publishedVersion === null ? 'unpublished' : a.expiresOn !== null && a.expiresOn < today ? 'expired' : 'published';
  return { id: a.id, status, publishedVersion: a.publishedVersion, latestVersion: a.latestVersion, latestStatus, title: a.title, category: a.category, expiresOn: a.expiresOn, useful: a.useful, notUseful: a.notUseful, updatedAt: a.updatedAt };
}

export function versionView(v: KnowledgeVersion): KnowledgeVersionView {
  const { reviewedBy: _by, ...rest } = v;
  return rest;
}
