import { DataSource, In } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { monthIn } from '../billing/months';
import { CaseService } from '../cases/service';
import { CaseTimeline } from '../cases/timeline';
import { PublicUser } from '../identity/entities';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from './entities';
import { KnowledgeRatingEntity, KnowledgeUse, KnowledgeUseEntity } from './usage-entities';

const TOP = 20;

/**
 * 知识库 in work: the articles an agent answered from are recorded on the case (and its timeline);
 * agents mark articles useful or not; authors see the month's most used with those counts.
 */
export class KnowledgeUsage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseService,
    private readonly timeline: CaseTimeline,
    private readonly timeZone: string,
  ) {}

  async use(caseId: string, articleId: string, user: PublicUser) {
    await this.cases.find(caseId, user);
    const article = await this.dataSource.getRepository(KnowledgeArticleEntity).findOneBy({ id: articleId });
    if (!article) throw errors.notFound(`Article ${articleId}`);
    if (article.publishedVersion === null || article.withdrawn) throw errors.conflict('Only a published article is answered from');
    const earlier = await this.dataSource.getRepository(KnowledgeUseEntity).findOneBy({ caseId, articleId });
    if (earlier) return { use: await this.view(earlier), repeated: true };
    const use: KnowledgeUse = { caseId, articleId, version: article.publishedVersion, month: monthIn(this.timeZone), usedBy: user.id, usedByName: user.displayName, usedAt: new Date() };
    try {
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(KnowledgeUseEntity).insert(use);
        await this.timeline.record(caseId, 'knowledge.used', { id: user.id, username: user.username }, { articleId, version: use.version, title: article.title }, m);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { use: await this.view((await this.dataSource.getRepository(KnowledgeUseEntity).findOneByOrFail({ caseId, articleId }))), repeated: true };
    }
    return { use: await this.view(use), repeated: false };
  }

  async ofCase(caseId: string, user: PublicUser) {
    await this.cases.find(caseId, user);
    const uses = await this.dataSource.getRepository(KnowledgeUseEntity).find({ where: { caseId }, order: { usedAt: 'ASC' } });
    return Promise.all(uses.map((u) => this.view(u)));
  }

  async rate(articleId: string, useful: boolean, caseId: string | undefined, user: PublicUser) {
    const articles = this.dataSource.getRepository(KnowledgeArticleEntity);
    if (!(await articles.existsBy({ id: articleId }))) throw errors.notFound(`Article ${articleId}`);
    if (caseId) await this.cases.find(caseId, user);
    return this.dataSource.transaction(async (m) => {
      const ratings = m.getRepository(KnowledgeRatingEntity);
      await ratings.save({ articleId, userId: user.id, caseKey: caseId ?? '', useful, ratedAt: new Date() });
      const counts = { useful: await ratings.countBy({ articleId, useful: true }), notUseful: await ratings.countBy({ articleId, useful: false }) };
      await m.getRepository(KnowledgeArticleEntity).update({ id: articleId }, counts);
      return counts;
    });
  }

  /** The month's most used articles, most first. */
  async stats(month = monthIn(this.timeZone)) {
    const rows = await this.dataSource.getRepository(KnowledgeUseEntity).createQueryBuilder('u').select('u.articleId', 'id').addSelect('COUNT(*)', 'uses').where('u.month = :month', { month }).groupBy('u.articleId').orderBy('uses', 'DESC').addOrderBy('id', 'ASC').limit(TOP).getRawMany<{ id: string; uses: string | number }>();
    const articles = rows.length ? await this.dataSource.getRepository(KnowledgeArticleEntity).findBy({ id: In(rows.map((r) => r.id)) }) : [];
    return {
      month,
      articles: rows.map((r) => {
        const a = articles.find((x) => x.id === r.id)!;
        return { id: r.id, title: a.title, uses: Number(r.uses), useful: a.useful, notUseful: a.notUseful };
      }),
    };
  }

  private async view(u: KnowledgeUse) {
    const v = await this.dataSource.getRepository(KnowledgeVersionEntity).findOneByOrFail({ articleId: u.articleId, version: u.version });
    return { caseId: u.caseId, articleId: u.articleId, version: u.version, title: v.title, shortAnswer: v.shortAnswer, usedByName: u.usedByName, usedAt: u.usedAt };
  }
}
