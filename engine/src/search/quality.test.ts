import { qualityArticles, qualityQuestions, searchDocOf } from './quality/set';
import { SearchIndex } from './search-index';
import { shippedDictionaries } from './shipped';

/** Top-3 below this fails the run: a regression in the tokenizer, the dictionaries or the ranking. */
const FLOOR_TOP3 = 0.85;

/**
 * The search quality set: callers' questions (colloquial, typos, dialect, pinyin initials, long
 * rambles) against the articles written for them. Prints the hit rates; fails under the floor.
 */
describe('knowledge search quality', () => {
  const articles = qualityArticles();
  const questions = qualityQuestions();
  const { tokenizer, synonyms } = shippedDictionaries();
  const index = new SearchIndex(tokenizer, synonyms);
  for (const a of articles) index.upsert(searchDocOf(a));

  it(`given ${questions.length} questions over ${articles.length} articles, when each is searched, then an expected article is in the top 3 for at least ${FLOOR_TOP3 * 100} %`, () => {
    const ranked = questions.map((q) => ({ ...q, got: index.search(q.q, { limit: 3 }).map((h) => h.id) }));
    const top1 = ranked.filter((r) => r.expect.includes(r.got[0])).length / ranked.length;
    const top3 = ranked.filter((r) => r.got.some((id) => r.expect.includes(id))).length / ranked.length;
    const misses = ranked.filter((r) => !r.got.some((id) => r.expect.includes(id))).map((r) => `  ${r.kind} 「${r.q}」 expected ${r.expect.join('|')}, got ${r.got.join(', ') || 'nothing'}`);
    const byKind = [...new Set(ranked.map((r) => r.kind))].map((kind) => {
      const of = ranked.filter((r) => r.kind === kind);
      return `${kind} ${of.filter((r) => r.got.some((id) => r.expect.includes(id))).length}/${of.length}`;
    });
    process.stdout.write(`[knowledge search quality] top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} % (${byKind.join(', ')})\n${misses.join('\n')}\n`);
    expect(top3).toBeGreaterThanOrEqual(FLOOR_TOP3);
  });
});
