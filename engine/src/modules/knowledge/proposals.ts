import { createHash } from 'node:crypto';
import { knowledgeArticleBody, type KnowledgeProposalBody } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { Actor } from '../audit/service';
import { CaseService } from '../cases/service';
import { PublicUser } from '../identity/entities';
import { NotificationService } from '../notifications/service';
import { activeAuthors } from './authors';
import { KnowledgeArticleEntity } from './entities';
import { KnowledgeArticles } from './service';

const TITLE_MAX = 60;
const CATCH_ALL = 'hotline';

/** A UUID-shaped id from the proposal's key: the same key always names the same draft. */
const idOf = (key: string) => {
  const hex = createHash('sha256').update(`knowledge-proposal:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * 建议新增知识: a consultation's question and answer become a draft for the 知识库's authors, naming
 * the case, and the authors hear of it in-app. The draft is an ordinary one: edited, submitted, reviewed.
 */
export class KnowledgeProposals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: KnowledgeArticles,
    private readonly cases: CaseService,
    private readonly notifications: NotificationService,
  ) {}

  async propose(input: KnowledgeProposalBody, user: PublicUser, actor: Actor): Promise<{ articleId: string; repeated: boolean }> {
    const articleId = idOf(input.key);
    if (await this.dataSource.getRepository(KnowledgeArticleEntity).existsBy({ id: articleId })) return { articleId, repeated: true };
    const found = await this.cases.find(input.caseId, user);
    const question = input.question.replace(/\s+/g, ' ');
    const body = knowledgeArticleBody.parse({
      title: question.length > TITLE_MAX ? `${question.slice(0, TITLE_MAX - 1)}…` : question,
      body: `<p><strong>来电咨询</strong>（工单 ${escape(found.caseNumber)}）：${escape(question)}</p><p><strong>答复</strong>：${escape(input.answer)}</p>`,
      category: input.category || CATCH_ALL,
      shortAnswer: input.answer.slice(0, 300),
    });
    try {
      await this.articles.create(body, user, actor, articleId);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { articleId, repeated: true };
    }
    await this.tellAuthors(articleId, body.title, found);
    return { articleId, repeated: false };
  }

  private async tellAuthors(articleId: string, title: string, found: { id: string; caseNumber: string }) {
    const authors = await activeAuthors(this.dataSource);
    if (authors.length === 0) return;
    await this.notifications.send({
      key: `knowledge-proposal:${articleId}`,
      caseId: found.id,
      users: authors.map((u) => u.username),
      title: `新的知识建议：${title}`,
      body: `工单 ${found.caseNumber} 建议新增一篇知识，草稿已生成，请在知识库中修改后提交审核。`,
      level: 'info',
    });
  }
}
