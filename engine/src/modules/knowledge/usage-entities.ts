import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** An article an agent answered from on a case: recorded once per case and article. */
export interface KnowledgeUse {
  caseId: string;
  articleId: string;
  /** The version the agent read. */
  version: number;
  /** YYYY-MM in the bureau's time zone: "most used this month". */
  month: string;
  usedBy: string;
  usedByName: string;
  usedAt: Date;
}

/** An agent's verdict on an article: useful or not, once per agent, article and case (caseKey '' outside a case). */
export interface KnowledgeRating {
  articleId: string;
  userId: string;
  caseKey: string;
  useful: boolean;
  ratedAt: Date;
}

export const KnowledgeUseEntity = new EntitySchema<KnowledgeUse>({
  name: 'KnowledgeUse',
  tableName: 'knowledge_uses',
  columns: {
    caseId: { type: 'varchar', length: 36, primary: true, name: 'case_id' },
    articleId: { type: 'varchar', length: 36, primary: true, name: 'article_id' },
    version: { type: 'int' },
    month: column.text(7),
    usedBy: named('used_by', column.text(36)),
    usedByName: named('used_by_name', column.text(128)),
    usedAt: named('used_at', column.time()),
  },
  indices: [{ name: 'ix_knowledge_uses_month', columns: ['month', 'articleId'] }],
});

export const KnowledgeRatingEntity = new EntitySchema<KnowledgeRating>({
  name: 'KnowledgeRating',
  tableName: 'knowledge_ratings',
  columns: {
    articleId: { type: 'varchar', length: 36, primary: true, name: 'article_id' },
    userId: { type: 'varchar', length: 36, primary: true, name: 'user_id' },
    caseKey: { type: 'varchar', length: 36, primary: true, name: 'case_key' },
    useful: { type: 'boolean' },
    ratedAt: named('rated_at', column.time()),
  },
});
