import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { plainText, SearchIndex, shippedDictionaries } from '../../search';
import { dateIn } from '../dispatches/rules';
import { KnowledgeArticle, KnowledgeArticleEntity, KnowledgeVersion, KnowledgeVersionEntity } from './entities';

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

/** The version agents find of an article: the published one, unless it was withdrawn. */
const liveVersionOf = (a: Pick<KnowledgeArticle, 'publishedVersion' | 'withdrawn'>): number | null => (a.withdrawn ? null : a.publishedVersion);

/** How often a search looks for articles another engine published or withdrew, and how far back it looks (clock skew, late commits). */
const CATCH_UP_EVERY_MS = 5_000;
const CATCH_UP_OVERLAP_MS = 5 * 60_000;
/** Articles indexed between two yields to the event loop while the index is built (about 0.6 ms each). */
const BUILD_BATCH = 200;

/**
 * The published, unwithdrawn articles in the search component, built once (at start, or by the first
 * search) and refreshed per article when one is published or withdrawn. Several engines share one
 * database, so each search also catches up, at most every few seconds, with articles whose row changed
 * since it last looked. An article past its expiry date stays indexed but is left out of answers, so it
 * comes back by itself when its expiry date is moved.
 */
export class KnowledgeSearch {
  private building: Promise<SearchIndex> | undefined;
  private index: SearchIndex | undefined;
  /** What the index does not hold of each live article: its version and the dates it is in force. */
  private readonly live = new Map<string, Pick<KnowledgeVersion, 'version' | 'effectiveFrom' | 'expiresOn'>>();
  /** The newest `updated_at` seen among the articles' rows. */
  private seenUpTo = new Date(0);
  private lookedAt = 0;
  private catchingUp: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
    private readonly catchUpEveryMs = CATCH_UP_EVERY_MS,
  ) {}

  async search(q: string, filter: { category?: string; areaPath?: string; limit: number }): Promise<KnowledgeHit[]> {
    const index = await this.loaded();
    await this.caughtUp(index);
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

  /** Builds the index now rather than at the first agent's search (a few seconds for thousands of articles). */
  async warm(): Promise<void> {
    await this.loaded();
  }

  /** One article again from its rows: its published version in, or out when withdrawn. */
  async refresh(articleId: string): Promise<void> {
    if (!this.index) return;
    const article = await this.dataSource.getRepository(KnowledgeArticleEntity).findOneBy({ id: articleId });
    await this.show(this.index, articleId, article && liveVersionOf(article));
  }

  /** Puts `version` of the article in the index, or takes the article out when there is none. */
  private async show(index: SearchIndex, articleId: string, version: number | null): Promise<void> {
    const row = version === null ? null : await this.dataSource.getRepository(KnowledgeVersionEntity).findOneBy({ articleId, version });
    if (row) this.put(index, row);
    else {
      index.remove(articleId);
      this.live.delete(articleId);
    }
  }

  private loaded(): Promise<SearchIndex> {
    if (this.index) return Promise.resolve(this.index);
    // One build for every search that arrives meanwhile; a failed build is tried again by the next search.
    this.building ??= this.build().then(
      (index) => (this.index = index),
      (err: unknown) => {
        this.building = undefined;
        throw err;
      },
    );
    return this.building;
  }

  private async build(): Promise<SearchIndex> {
    const { tokenizer, synonyms } = shippedDictionaries();
    const index = new SearchIndex(tokenizer, synonyms);
    const articles = await this.dataSource.getRepository(KnowledgeArticleEntity).find({ select: { id: true, publishedVersion: true, withdrawn: true, updatedAt: true } });
    const wanted = new Map<string, number>();
    for (const a of articles) {
      if (a.updatedAt > this.seenUpTo) this.seenUpTo = a.updatedAt;
      const version = liveVersionOf(a);
      if (version !== null) wanted.set(a.id, version);
    }
    const versions = wanted.size ? await this.dataSource.getRepository(KnowledgeVersionEntity).findBy({ articleId: In([...wanted.keys()]), status: 'published' }) : [];
    for (let i = 0; i < versions.length; i++) {
      if (wanted.get(versions[i].articleId) === versions[i].version) this.put(index, versions[i]);
      if (i % BUILD_BATCH === BUILD_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    this.lookedAt = Date.now();
    return index;
  }

  /** Articles published or withdrawn by another engine since the last look, at most every `catchUpEveryMs`. */
  private caughtUp(index: SearchIndex): Promise<void> {
    if (this.catchingUp) return this.catchingUp;
    if (Date.now() - this.lookedAt < this.catchUpEveryMs) return Promise.resolve();
    this.lookedAt = Date.now();
    this.catchingUp = this.catchUp(index).finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }

  private async catchUp(index: SearchIndex): Promise<void> {
    const since = new Date(this.seenUpTo.getTime() - CATCH_UP_OVERLAP_MS);
    const changed = await this.dataSource.getRepository(KnowledgeArticleEntity).find({ select: { id: true, publishedVersion: true, withdrawn: true, updatedAt: true }, where: { updatedAt: MoreThanOrEqual(since) } });
    for (const a of changed) {
      if (a.updatedAt > this.seenUpTo) this.seenUpTo = a.updatedAt;
      const wanted = liveVersionOf(a);
      if ((this.live.get(a.id)?.version ?? null) !== wanted) await this.show(index, a.id, wanted);
    }
  }

  private put(index: SearchIndex, v: KnowledgeVersion): void {
    this.live.set(v.articleId, { version: v.version, effectiveFrom: v.effectiveFrom, expiresOn: v.expiresOn });
    index.upsert({ id: v.articleId, title: v.title, keywords: v.keywords, synonyms: v.synonyms, shortAnswer: v.shortAnswer, body: plainText(v.body), category: v.category, areas: v.areas });
  }
}
