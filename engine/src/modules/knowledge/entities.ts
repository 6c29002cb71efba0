import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export type VersionStatus = 'draft' | 'review' | 'published' | 'superseded';

/** 知识: one article; its text lives in versions, the one agents read is `publishedVersion`. */
export interface KnowledgeArticle {
  id: string;
  publishedVersion: number | null;
  latestVersion: number;
  /** The published version's (else the latest's) title, category and expiry: what lists show and filter on. */
  title: string;
  category: string;
  expiresOn: string | null;
  withdrawn: boolean;
  useful: number;
  notUseful: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One version of an article's text. Published versions are never changed again. */
export interface KnowledgeVersion {
  articleId: string;
  version: number;
  status: VersionStatus;
  title: string;
  /** Sanitised HTML. */
  body: string;
  category: string;
  keywords: string[];
  synonyms: string[];
  areas: string[];
  docNumber: string | null;
  issuer: string | null;
  effectiveFrom: string | null;
  expiresOn: string | null;
  shortAnswer: string;
  attachments: string[];
  authoredBy: string;
  authoredByName: string;
  updatedAt: Date;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  publishedAt: Date | null;
}

const counter = (name: string) => ({ type: 'int' as const, name, default: 0 });

export const KnowledgeArticleEntity = new EntitySchema<KnowledgeArticle>({
  name: 'KnowledgeArticle',
  tableName: 'knowledge_articles',
  columns: {
    id: column.id(),
    publishedVersion: { type: 'int', name: 'published_version', nullable: true },
    latestVersion: { type: 'int', name: 'latest_version' },
    title: column.text(200),
    category: column.text(200),
    expiresOn: named('expires_on', column.text(10, true)),
    withdrawn: { type: 'boolean', default: false },
    useful: counter('useful'),
    notUseful: counter('not_useful'),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
  indices: [{ name: 'ix_knowledge_articles_category', columns: ['category'] }],
});

export const KnowledgeVersionEntity = new EntitySchema<KnowledgeVersion>({
  name: 'KnowledgeVersion',
  tableName: 'knowledge_versions',
  columns: {
    articleId: { type: 'varchar', length: 36, primary: true, name: 'article_id' },
    version: { type: 'int', primary: true },
    status: column.text(16),
    title: column.text(200),
    body: column.longText(),
    category: column.text(200),
    keywords: column.json(),
    synonyms: column.json(),
    areas: column.json(),
    docNumber: named('doc_number', column.text(100, true)),
    issuer: column.text(100, true),
    effectiveFrom: named('effective_from', column.text(10, true)),
    expiresOn: named('expires_on', column.text(10, true)),
    shortAnswer: named('short_answer', column.text(300)),
    attachments: column.json(),
    authoredBy: named('authored_by', column.text(36)),
    authoredByName: named('authored_by_name', column.text(128)),
    updatedAt: named('updated_at', column.time()),
    reviewNote: named('review_note', column.text(500, true)),
    reviewedBy: named('reviewed_by', column.text(36, true)),
    reviewedByName: named('reviewed_by_name', column.text(128, true)),
    publishedAt: named('published_at', column.time(true)),
  },
  indices: [{ name: 'ix_knowledge_versions_status', columns: ['status'] }],
});
