import { Field, FieldCounts, FIELDS, idf, termScore } from './bm25';
import { Synonyms } from './synonyms';
import { initialsOf, Tokenizer } from './tokenizer';
import { normalize } from './text';

/** What the index reads of an article (the published version's text). */
export interface SearchDoc {
  id: string;
  title: string;
  keywords: string[];
  synonyms: string[];
  shortAnswer: string;
  /** Plain text. */
  body: string;
  /** The category path ('social_assistance/dibao'); a filter on a category takes its subtree. */
  category: string;
  /** Area paths the article applies to; none: everywhere. */
  areas: string[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** The query's words (and their synonyms) the article contains: the words to highlight. */
  matched: string[];
}

export interface SearchFilter {
  category?: string;
  /** The caller's area path: articles for it, its parents or everywhere. */
  areaPath?: string;
  limit?: number;
}

interface Entry {
  /** The article's place in the per-search score array. */
  slot: number;
  doc: SearchDoc;
  lengths: Record<Field, number>;
  initials: string;
  terms: Map<string, FieldCounts>;
}

/** A sound pair lives beside the words, never confused with one. */
const SOUND = '♪';
const SYNONYM_WEIGHT = 0.7;
/** An agent's pinyin initials that start (or sit in) a title: a strong, deliberate match. */
const INITIALS_AT_START = 12;
const INITIALS_INSIDE = 8;

/**
 * The knowledge base's search: an in-memory inverted index over the published articles, ranked by
 * BM25 over weighted fields, with synonyms, homophone-tolerant sound pairs and title initials. One
 * component for both databases: the module rebuilds it from the rows when they change.
 */
export class SearchIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly postings = new Map<string, Map<string, FieldCounts>>();
  private readonly totals: Record<Field, number> = { title: 0, keywords: 0, answer: 0, body: 0, sound: 0 };
  /** Each term's BM25 weight per article, worked out on first use and dropped when an article changes. */
  private readonly weighed = new Map<string, { slots: Int32Array; scores: Float64Array }>();
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly synonyms: Synonyms,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** An article as indexed (its body as plain text). */
  doc(id: string): SearchDoc | undefined {
    return this.entries.get(id)?.doc;
  }

  upsert(doc: SearchDoc): void {
    this.remove(doc.id);
    this.weighed.clear();
    const t = this.tokenizer;
    const fields: Record<Field, string[]> = {
      title: t.words(doc.title),
      keywords: t.words([...doc.keywords, ...doc.synonyms].join(' ')),
      answer: t.words(doc.shortAnswer),
      body: t.words(doc.body),
      sound: t.soundPairs([doc.title, ...doc.keywords, ...doc.synonyms].join('，')).map((p) => SOUND + p),
    };
    const terms = new Map<string, FieldCounts>();
    for (const field of FIELDS) {
      for (const term of fields[field]) {
        const counts = terms.get(term) ?? {};
        counts[field] = (counts[field] ?? 0) + 1;
        terms.set(term, counts);
      }
    }
    const lengths = Object.fromEntries(FIELDS.map((f) => [f, fields[f].length])) as Record<Field, number>;
    for (const f of FIELDS) this.totals[f] += lengths[f];
    for (const [term, counts] of terms) {
      const list = this.postings.get(term) ?? new Map<string, FieldCounts>();
      list.set(doc.id, counts);
      this.postings.set(term, list);
    }
    const entry: Entry = { slot: this.freeSlots.pop() ?? this.slots.length, doc, lengths, initials: initialsOf(doc.title), terms };
    this.slots[entry.slot] = entry;
    this.entries.set(doc.id, entry);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.weighed.clear();
    for (const f of FIELDS) this.totals[f] -= entry.lengths[f];
    for (const term of entry.terms.keys()) {
      const list = this.postings.get(term);
      list?.delete(id);
      if (list?.size === 0) this.postings.delete(term);
    }
    this.entries.delete(id);
    this.slots[entry.slot] = undefined;
    this.freeSlots.push(entry.slot);
  }

  search(query: string, filter: SearchFilter = {}): SearchHit[] {
    const weights = this.queryTerms(query);
    // Scores by slot in a plain array: a common term touches thousands of articles per search.
    const scores = new Float64Array(this.slots.length);
    const touched: number[] = [];
    const add = (slot: number, score: number) => {
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] += score;
    };
    for (const [term, weight] of weights) {
      const found = this.weigh(term);
      if (found) for (let i = 0; i < found.slots.length; i++) add(found.slots[i], weight * found.scores[i]);
    }
    for (const code of normalize(query).match(/[a-z]{2,12}/g) ?? []) {
      for (const entry of this.entries.values()) {
        const at = entry.initials.indexOf(code);
        if (at >= 0) add(entry.slot, at === 0 ? INITIALS_AT_START : INITIALS_INSIDE);
      }
    }
    const words = [...weights.keys()].filter((t) => !t.startsWith(SOUND));
    return touched
      .map((slot) => ({ entry: this.slots[slot]!, score: scores[slot] }))
      .filter(({ entry, score }) => score > 0 && this.passes(entry.doc, filter))
      .sort((a, b) => b.score - a.score || a.entry.doc.id.localeCompare(b.entry.doc.id))
      .slice(0, filter.limit ?? 10)
      .map(({ entry, score }) => ({ id: entry.doc.id, score: Math.round(score * 1000) / 1000, matched: words.filter((w) => entry.terms.has(w)) }));
  }

  /** A term's idf × BM25 in every article that has it (the index's averages as they are now). */
  private weigh(term: string): { slots: Int32Array; scores: Float64Array } | undefined {
    const known = this.weighed.get(term);
    if (known) return known;
    const list = this.postings.get(term);
    if (!list) return undefined;
    const n = this.entries.size;
    const averages = Object.fromEntries(FIELDS.map((f) => [f, n ? this.totals[f] / n : 0])) as Record<Field, number>;
    const termIdf = idf(n, list.size);
    const entries = [...list.keys()].map((id) => this.entries.get(id)!);
    const weighed = {
      slots: Int32Array.from(entries, (e) => e.slot),
      scores: Float64Array.from(entries, (e) => termIdf * termScore(list.get(e.doc.id)!, e.lengths, averages)),
    };
    this.weighed.set(term, weighed);
    return weighed;
  }

  /** The query's words (weight 1), their synonyms (weaker) and its sound pairs, each once at its best weight. */
  private queryTerms(query: string): Map<string, number> {
    const weights = new Map<string, number>();
    const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    for (const word of this.tokenizer.words(query)) {
      add(word, 1);
      for (const other of this.synonyms.of(word)) for (const part of this.tokenizer.words(other)) add(part, SYNONYM_WEIGHT);
    }
    for (const pair of this.tokenizer.soundPairs(query)) add(SOUND + pair, 1);
    return weights;
  }

  private passes(doc: SearchDoc, filter: SearchFilter): boolean {
    if (filter.category && doc.category !== filter.category && !doc.category.startsWith(`${filter.category}/`)) return false;
    if (filter.areaPath && doc.areas.length > 0 && !doc.areas.some((a) => filter.areaPath!.startsWith(a))) return false;
    return true;
  }
}
