import { randomUUID } from 'node:crypto';
import type { KnowledgeArticleBody } from '@careflow/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { writeLock } from '../../db/locks';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { dateIn } from '../dispatches/rules';
import { PublicUser } from '../identity/entities';
import { KnowledgeArticle, KnowledgeArticleEntity, KnowledgeVersion, KnowledgeVersionEntity } from './entities';
import { KnowledgeSearch } from './search';
import { articleView, draftOf, versionView } from './versions';

type Step = 'submit' | 'publish' | 'reject';

/**
 * 知识库 articles and their life cycle: an author's draft goes to review; a reviewer other than its
 * author publishes it (the version before is kept as superseded) or sends it back with a note.
 * Editing a published article starts a new draft while the published version stays live.
 */
export class KnowledgeArticles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly search: KnowledgeSearch,
    private readonly timeZone: string,
  ) {}

  /** `id`: a proposal's id derived from its key, so a repeated proposal finds the first one. */
  async create(body: KnowledgeArticleBody, user: PublicUser, actor: Actor, id: string = randomUUID()) {
    const now = new Date();
    const article: KnowledgeArticle = { id, publishedVersion: null, latestVersion: 1, title: body.title, category: body.category, expiresOn: body.expiresOn, withdrawn: false, useful: 0, notUseful: 0, createdBy: user.id, createdAt: now, updatedAt: now };
    const draft = draftOf(article.id, 1, body, user);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(KnowledgeArticleEntity).insert(article);
      await m.getRepository(KnowledgeVersionEntity).insert(draft);
      await this.audit.record(actor, { action: 'knowledge.create', entityType: 'knowledge_article', entityId: article.id, after: { version: 1, title: draft.title } }, m);
    });
    return this.get(article.id);
  }

  /** Saves the author's text: over the draft (or the version in review, which goes back to draft), else as a new draft. */
  async saveDraft(id: string, body: KnowledgeArticleBody, user: PublicUser, actor: Actor) {
    await this.dataSource.transaction(async (m) => {
      const { article, latest } = await this.locked(m, id);
      const editable = latest.status === 'draft' || latest.status === 'review';
      const version = editable ? latest.version : article.latestVersion + 1;
      const draft = draftOf(id, version, body, user);
      await m.getRepository(KnowledgeVersionEntity).save(draft);
      const listed = article.publishedVersion === null ? { title: draft.title, category: draft.category, expiresOn: draft.expiresOn } : {};
      await m.getRepository(KnowledgeArticleEntity).update({ id }, { latestVersion: version, updatedAt: new Date(), ...listed });
      await this.audit.record(actor, { action: 'knowledge.draft', entityType: 'knowledge_article', entityId: id, after: { version, title: draft.title } }, m);
    });
    return this.get(id);
  }

  /** submit: draft → review (its author or another writer); publish / reject: review → published / draft (a reviewer other than its author). */
  async step(id: string, step: Step, note: string | undefined, user: PublicUser, actor: Actor) {
    await this.dataSource.transaction(async (m) => {
      const { article, latest } = await this.locked(m, id);
      const wanted = step === 'submit' ? 'draft' : 'review';
      if (latest.status !== wanted) throw errors.conflict(`Version ${latest.version} is ${latest.status}: only a ${wanted} version can be ${step === 'submit' ? 'submitted' : step === 'publish' ? 'published' : 'sent back'}`);
      if (step !== 'submit' && latest.authoredBy === user.id) throw errors.conflict('A version is reviewed by someone other than its author');
      if (step === 'reject' && !note) throw errors.invalidInput([{ path: 'note', message: 'say what to change' }]);
      const versions = m.getRepository(KnowledgeVersionEntity);
      const now = new Date();
      const reviewed = step === 'submit' ? {} : { reviewNote: note ?? null, reviewedBy: user.id, reviewedByName: user.displayName };
      await versions.update({ articleId: id, version: latest.version }, { status: step === 'submit' ? 'review' : step === 'publish' ? 'published' : 'draft', updatedAt: now, ...reviewed, ...(step === 'publish' ? { publishedAt: now } : {}) });
      if (step === 'publish') {
        if (article.publishedVersion !== null) await versions.update({ articleId: id, version: article.publishedVersion }, { status: 'superseded' });
        await m.getRepository(KnowledgeArticleEntity).update({ id }, { publishedVersion: latest.version, title: latest.title, category: latest.category, expiresOn: latest.expiresOn, withdrawn: false, updatedAt: now });
      } else await m.getRepository(KnowledgeArticleEntity).update({ id }, { updatedAt: now });
      await this.audit.record(actor, { action: `knowledge.${step}`, entityType: 'knowledge_article', entityId: id, before: { version: latest.version, status: latest.status }, after: { note: note ?? null } }, m);
    });
    if (step === 'publish') await this.search.refresh(id);
    return this.get(id);
  }

  /** 撤回: a published article leaves the search and shows as withdrawn; publishing a version again brings it back. */
  async withdraw(id: string, note: string | undefined, actor: Actor) {
    await this.dataSource.transaction(async (m) => {
      const { article } = await this.locked(m, id);
      if (article.publishedVersion === null || article.withdrawn) throw errors.conflict('Only a published article is withdrawn');
      await m.getRepository(KnowledgeArticleEntity).update({ id }, { withdrawn: true, updatedAt: new Date() });
      await this.audit.record(actor, { action: 'knowledge.withdraw', entityType: 'knowledge_article', entityId: id, before: { version: article.publishedVersion }, after: { note: note ?? null } }, m);
    });
    await this.search.refresh(id);
    return this.get(id);
  }

  async get(id: string) {
    const article = await this.dataSource.getRepository(KnowledgeArticleEntity).findOneBy({ id });
    if (!article) throw errors.notFound(`Article ${id}`);
    const versions = this.dataSource.getRepository(KnowledgeVersionEntity);
    const latest = await versions.findOneByOrFail({ articleId: id, version: article.latestVersion });
    const published = article.publishedVersion === null ? null : await versions.findOneByOrFail({ articleId: id, version: article.publishedVersion });
    return { article: articleView(article, latest.status, dateIn(this.timeZone)), published: published && versionView(published), latest: versionView(latest) };
  }

  /** Newest first; `inReview`: the versions waiting for a reviewer; `drafts`: newest version a draft (`mine`: written by `userId`). */
  async list(query: { status?: string; inReview?: boolean; drafts?: 'mine' | 'all'; category?: string; page: number; pageSize: number }, userId: string) {
    const qb = this.dataSource.getRepository(KnowledgeArticleEntity).createQueryBuilder('a').innerJoin('knowledge_versions', 'v', 'v.article_id = a.id AND v.version = a.latest_version').addSelect('v.status', 'latest_status');
    const today = dateIn(this.timeZone);
    if (query.inReview) qb.andWhere("v.status = 'review'");
    if (query.drafts) qb.andWhere("v.status = 'draft'");
    if (query.drafts === 'mine') qb.andWhere('v.authored_by = :me', { me: userId });
    if (query.category) qb.andWhere('(a.category = :category OR a.category LIKE :sub)', { category: query.category, sub: `${query.category}/%` });
    if (query.status === 'unpublished') qb.andWhere('a.published_version IS NULL');
    if (query.status === 'withdrawn') qb.andWhere('a.withdrawn = :yes', { yes: true });
    if (query.status === 'published') qb.andWhere('a.published_version IS NOT NULL AND a.withdrawn = :no AND (a.expires_on IS NULL OR a.expires_on >= :today)', { no: false, today });
    if (query.status === 'expired') qb.andWhere('a.published_version IS NOT NULL AND a.withdrawn = :no AND a.expires_on < :today', { no: false, today });
    const total = await qb.getCount();
    const { entities, raw } = await qb.orderBy('a.updated_at', 'DESC').addOrderBy('a.id', 'ASC').offset((query.page - 1) * query.pageSize).limit(query.pageSize).getRawAndEntities<{ latest_status: KnowledgeVersion['status'] }>();
    return { articles: entities.map((a, i) => articleView(a, raw[i].latest_status, today)), total };
  }

  async history(id: string) {
    await this.get(id);
    return (await this.dataSource.getRepository(KnowledgeVersionEntity).find({ where: { articleId: id }, order: { version: 'DESC' } })).map(versionView);
  }

  private async locked(m: EntityManager, id: string): Promise<{ article: KnowledgeArticle; latest: KnowledgeVersion }> {
    const article = await m.getRepository(KnowledgeArticleEntity).findOne({ where: { id }, lock: writeLock(m) });
    if (!article) throw errors.notFound(`Article ${id}`);
    const latest = await m.getRepository(KnowledgeVersionEntity).findOneByOrFail({ articleId: id, version: article.latestVersion });
    return { article, latest };
  }
}
