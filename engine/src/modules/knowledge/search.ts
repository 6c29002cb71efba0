import { DataSource, In, Not, IsNull } from 'typeorm';
import { plainText, SearchIndex, shippedDictionaries } from '../../search';
import { dateIn } from '../dispatches/rules';
import { KnowledgeArticleEntity, KnowledgeVersion, KnowledgeVersionEntity } from './entities';

export type KnowledgeHit = { id: string; version: number; title: string; category: string; shortAnswer: string; snippet: string; matched: string[]; score: number };

const SNIPPET_MAX = 120;

/** The body's sentence with the most matched words: what the agent glances at before opening the article. */
export function snippetOf(body: string, matched: string[]): string {
  const sentences = body.split(/(?<=[。！？；\n])/).map((s) => s.trim()).filter(Boolean);
  let best = sentences[0] ?? '';
  let most = -1;
  for (const s of sentences) {
    const n = matched.filter((w) => s.toLowerCase().includes(w)).length;
    if (n > most) [best, most] = [s, n];
  }
  return best.length > SNIPPET_MAX ? `${best.slice(0, SNIPPET_MAX)}…` : best;
}

/**
 * The published, unwithdrawn articles in the search component, loaded on first use and refreshed
 * per article when one is published or withdrawn. An article past its expiry date stays indexed but
 * is left out of answers, so it comes back by itself when its expiry date is moved.
 */
export class KnowledgeSearch {
  private index: SearchIndex | undefined;
  /** What the index does not hold of each live article: its version and the dates it is in force. */
  private readonly live = new Map<string, Pick<KnowledgeVersion, 'version' | 'effectiveFrom' | 'expiresOn'>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
  ) {}

  async search(q: string, filter: { category?: string; areaPath?: string; limit: number }): Promise<KnowledgeHit[]> {
    const index = await this.loaded();
    const today = dateIn(this.timeZone);
    const hits = index.search(q, { ...filter, limit: filter.limit * 2 }).filter((h) => {
      const v = this.live.get(h.id);
      return v && (v.expiresOn === null || v.expiresOn >= today) && (v.effectiveFrom === null || v.effectiveFrom <= today);
    });
    return hits.slice(0, filter.limit).map((h) => {
      const doc = index.doc(h.id)!;
      return { id: h.id, version: this.live.get(h.id)!.version, title: doc.title, category: doc.category, shortAnswer: doc.shortAnswer, snippet: snippetOf(doc.body, h.matched), matched: h.matched, score: h.score };
    });
  }

  /** One article again from its rows: its published version in, or out when withdrawn. */
  async refresh(articleId: string): Promise<void> {
    if (!this.index) return;
    const article = await this.dataSource.getRepository(KnowledgeArticleEntity).findOneBy({ id: articleId });
    const version = article && !article.withdrawn && article.publishedVersion !== null ? await this.dataSource.getRepository(KnowledgeVersionEntity).findOneBy({ articleId, version: article.publishedVersion }) : null;
    if (version) this.put(this.index, version);
    else {
      this.index.remove(articleId);
      this.live.delete(articleId);
    }
  }

  private async loaded(): Promise<SearchIndex> {
    if (this.index) return this.index;
    const { tokenizer, synonyms } = shippedDictionaries();
    const index = new SearchIndex(tokenizer, synonyms);
    const articles = await this.dataSource.getRepository(KnowledgeArticleEntity).find({ select: { id: true, publishedVersion: true }, where: { withdrawn: false, publishedVersion: Not(IsNull()) } });
    const wanted = new Map(articles.map((a) => [a.id, a.publishedVersion]));
    const versions = articles.length ? await this.dataSource.getRepository(KnowledgeVersionEntity).findBy({ articleId: In([...wanted.keys()]), status: 'published' }) : [];
    for (const v of versions) if (wanted.get(v.articleId) === v.version) this.put(index, v);
    this.index ??= index;
    return this.index;
  }

  private put(index: SearchIndex, v: KnowledgeVersion): void {
    this.live.set(v.articleId, { version: v.version, effectiveFrom: v.effectiveFrom, expiresOn: v.expiresOn });
    index.upsert({ id: v.articleId, title: v.title, keywords: v.keywords, synonyms: v.synonyms, shortAnswer: v.shortAnswer, body: plainText(v.body), category: v.category, areas: v.areas });
  }
}
