import { KNOWLEDGE_DOCX_MAX_ARTICLES, KNOWLEDGE_IMPORT_MAX_ROWS, type KnowledgeArticleBody, type KnowledgeDocxQuery, type KnowledgeImportAnswer, type KnowledgeImportProblem } from '@careflow/contracts';
import { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import { AppError } from '../../../http/errors';
import { AreaService } from '../../areas/service';
import { Actor } from '../../audit/service';
import { DictionaryService } from '../../dictionaries/service';
import { PublicUser } from '../../identity/entities';
import { writeSheet } from '../../imports/sheets';
import { KnowledgeArticleEntity, KnowledgeVersion, KnowledgeVersionEntity } from '../entities';
import { sanitizeBody } from '../sanitize';
import { KnowledgeArticles } from '../service';
import { ArticleCells, checkArticle } from './check';
import { ARTICLE_COLUMNS, EXAMPLE_ROW, rowOf, SHEET_NAME } from './columns';
import { readDocx } from './docx';
import { ImportLookups } from './lookups';
import { problem } from './problems';
import { readArticleSheet } from './xlsx';

/** An export stops here: past it, filter the list. */
export const EXPORT_MAX = 5000;
const EXPORT_PAGE = 100;

type Outcome = KnowledgeImportAnswer['articles'][number]['outcome'];
type ListFilter = Parameters<KnowledgeArticles['list']>[0];
const COMPARED = ['title', 'body', 'category', 'keywords', 'synonyms', 'areas', 'docNumber', 'issuer', 'effectiveFrom', 'expiresOn', 'shortAnswer'] as const;

/**
 * 知识库 import from Excel and Word, and export to Excel. Every row is checked before anything is
 * written; each good row is then written in its own transaction (as an author's save would be), as a
 * draft: a new article, or a new draft version of the one with the same title, or nothing when the
 * text is the same as that article's newest version. Bad rows are reported and write nothing.
 */
export class KnowledgeImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: KnowledgeArticles,
    private readonly dictionaries: DictionaryService,
    private readonly areas: AreaService,
    private readonly logger: Logger,
  ) {}

  template(): Promise<Buffer> {
    return writeSheet(SHEET_NAME, ARTICLE_COLUMNS, [EXAMPLE_ROW], true);
  }

  async importXlsx(file: Buffer, user: PublicUser, actor: Actor): Promise<KnowledgeImportAnswer> {
    const rows = await readArticleSheet(file, KNOWLEDGE_IMPORT_MAX_ROWS);
    return this.run('xlsx', rows, user, actor);
  }

  async importDocx(file: Buffer, meta: KnowledgeDocxQuery, user: PublicUser, actor: Actor): Promise<KnowledgeImportAnswer> {
    const articles = await readDocx(file, KNOWLEDGE_DOCX_MAX_ARTICLES);
    const shared: ArticleCells = {
      分类: meta.category ?? '', 适用区域: meta.areas ?? '', 关键词: meta.keywords ?? '', 同义词: meta.synonyms ?? '',
      文号: meta.docNumber ?? '', 发文机关: meta.issuer ?? '', 生效日期: meta.effectiveFrom ?? '', 失效日期: meta.expiresOn ?? '',
    };
    const rows = articles.map((a, i) => ({ row: i + 1, cells: { ...shared, 标题: a.title ?? '', 正文: a.body, 简短答复: a.shortAnswer ?? meta.shortAnswer ?? '' }, formulas: [], noTitle: a.title === null }));
    return this.run('docx', rows, user, actor);
  }

  private async run(format: 'xlsx' | 'docx', rows: { row: number; cells: ArticleCells; formulas: string[]; noTitle?: boolean }[], user: PublicUser, actor: Actor): Promise<KnowledgeImportAnswer> {
    const lookups = await ImportLookups.load(this.dictionaries, this.areas);
    const answer: KnowledgeImportAnswer = { format, total: rows.length, created: 0, updated: 0, unchanged: 0, failed: 0, problems: [], articles: [] };
    const good: { row: number; body: KnowledgeArticleBody }[] = [];
    const titles = new Map<string, number>();
    for (const { row, cells, formulas, noTitle } of rows) {
      const checked = checkArticle(row, cells, lookups);
      const problems = [...formulas.map((column) => problem(row, column, 'formula')), ...(noTitle ? [problem(row, '标题', 'no_title')] : []), ...checked.problems.filter((p) => !(noTitle && p.column === '标题'))];
      const title = cells['标题']?.trim();
      if (title && titles.has(title)) problems.push(problem(row, '标题', 'title_repeated', { row: titles.get(title) ?? 0 }));
      else if (title) titles.set(title, row);
      if (problems.length > 0 || !checked.body) {
        answer.failed += 1;
        answer.problems.push(...problems);
      } else good.push({ row, body: checked.body });
    }
    for (const { row, body } of good) {
      try {
        const { id, outcome } = await this.apply(row, body, user, actor);
        answer[outcome] += 1;
        answer.articles.push({ row, id, title: body.title, outcome });
      } catch (error) {
        answer.failed += 1;
        answer.problems.push(this.problemOf(row, error));
      }
    }
    answer.problems.sort((a, b) => a.row - b.row);
    return answer;
  }

  /** A new draft article, a new draft version of the one titled so, or nothing when the text is its newest version's. */
  private async apply(row: number, body: KnowledgeArticleBody, user: PublicUser, actor: Actor): Promise<{ id: string; outcome: Outcome }> {
    const ids = (await this.dataSource.getRepository(KnowledgeArticleEntity).createQueryBuilder('a').innerJoin('knowledge_versions', 'v', 'v.article_id = a.id AND v.version = a.latest_version').where('(a.title = :t OR v.title = :t)', { t: body.title }).select('a.id', 'id').getRawMany<{ id: string }>()).map((r) => r.id);
    if (ids.length > 1) throw Object.assign(new Error('ambiguous'), { problem: problem(row, '标题', 'title_ambiguous', { count: ids.length }) });
    if (ids.length === 0) return { id: (await this.articles.create(body, user, actor)).article.id, outcome: 'created' };
    const { latest } = await this.articles.get(ids[0]);
    const next = { ...body, attachments: latest.attachments };
    const stored = { ...next, body: sanitizeBody(next.body) };
    if (COMPARED.every((field) => JSON.stringify(stored[field]) === JSON.stringify(latest[field]))) return { id: ids[0], outcome: 'unchanged' };
    await this.articles.saveDraft(ids[0], next, user, actor);
    return { id: ids[0], outcome: 'updated' };
  }

  private problemOf(row: number, error: unknown): KnowledgeImportProblem {
    const known = (error as { problem?: KnowledgeImportProblem }).problem;
    if (known) return known;
    if (error instanceof AppError && error.status < 500) return { ...problem(row, '', 'row_server_error'), message: error.message, code: error.code };
    this.logger.error({ err: error, row }, 'knowledge import row failed unexpectedly');
    return problem(row, '', 'row_server_error');
  }

  /** The articles the list shows for `filter` (every page), newest version each, in the import's columns. */
  async export(filter: Omit<ListFilter, 'page' | 'pageSize'>, userId: string): Promise<{ file: Buffer; count: number }> {
    const lookups = await ImportLookups.load(this.dictionaries, this.areas);
    const rows: string[][] = [];
    for (let page = 1; rows.length < EXPORT_MAX; page++) {
      const { articles, total } = await this.articles.list({ ...filter, page, pageSize: EXPORT_PAGE }, userId);
      const versions = articles.length === 0 ? [] : await this.dataSource.getRepository(KnowledgeVersionEntity).findBy({ articleId: In(articles.map((a) => a.id)) });
      const latest = new Map<string, KnowledgeVersion>(versions.filter((v) => articles.some((a) => a.id === v.articleId && a.latestVersion === v.version)).map((v) => [v.articleId, v]));
      for (const a of articles) {
        const v = latest.get(a.id);
        if (v && rows.length < EXPORT_MAX) rows.push(rowOf(v, (code) => lookups.categoryText(code)));
      }
      if (page * EXPORT_PAGE >= total) break;
    }
    return { file: await writeSheet(SHEET_NAME, ARTICLE_COLUMNS, rows), count: rows.length };
  }
}
