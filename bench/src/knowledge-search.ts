/**
 * The knowledge base's search component at city scale, in process (no HTTP, no database): index
 * build time and memory for `--articles` articles, and the latency of one search over them.
 * Usage: npm run build && node bench/dist/knowledge-search.js [--articles 5000] [--requests 5000]
 * The first articles are the quality set's; the rest are variants of them (other areas, shuffled
 * sentences), so every question has look-alikes to beat. A search is synchronous CPU work: through
 * the API, 20 agents at once queue behind each other, so per-search time × 20 bounds that p95.
 * The last line is JSON.
 */
import { plainText, SearchIndex, shippedDictionaries } from '@careflow/engine/dist/search';
import { categoryOf, qualityArticles, qualityQuestions } from '@careflow/engine/dist/search/quality/set';
import { performance } from 'node:perf_hooks';
import { positiveInt } from './bench-database';
import { flags } from './load';
import { prng } from './seed-rows';

const opts = flags(process.argv.slice(2));
const articleCount = positiveInt(opts, 'articles', 5000);
const requests = positiveInt(opts, 'requests', 5000);
const log = (line: string) => process.stderr.write(`${line}\n`);
const PLACES = ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (v: number) => Math.round(v * 1000) / 1000;

function main() {
  const base = qualityArticles();
  const questions = qualityQuestions();
  const random = prng(7);
  const { tokenizer, synonyms } = shippedDictionaries();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = new SearchIndex(tokenizer, synonyms);
  for (let i = 0; i < articleCount; i++) {
    const a = base[i % base.length];
    const variant = i >= base.length;
    const sentences = plainText(a.body).split(/(?<=[。；])/);
    if (variant) sentences.sort(() => random() - 0.5);
    index.upsert({
      id: variant ? `${a.key}~${i}` : a.key,
      title: variant ? `${a.title}（${PLACES[i % PLACES.length]}）` : a.title,
      keywords: a.keywords,
      synonyms: a.synonyms,
      shortAnswer: a.shortAnswer,
      body: sentences.join(''),
      category: categoryOf(a),
      areas: [],
    });
  }
  const buildMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  log(`indexed ${articleCount} articles in ${Math.round(buildMs)} ms (+${Math.round(heapMb)} MB heap)`);

  const times: number[] = [];
  let top3 = 0;
  for (let i = 0; i < requests; i++) {
    const q = questions[i % questions.length];
    const t0 = performance.now();
    const hits = index.search(q.q, { limit: 3 });
    times.push(performance.now() - t0);
    if (hits.some((h) => q.expect.includes(h.id.split('~')[0]))) top3++;
  }
  times.sort((a, b) => a - b);
  const result = {
    articles: articleCount,
    requests,
    buildMs: Math.round(buildMs),
    heapMb: Math.round(heapMb),
    searchMs: { p50: ms(percentile(times, 0.5)), p95: ms(percentile(times, 0.95)), p99: ms(percentile(times, 0.99)), max: ms(times[times.length - 1]) },
    /** An expected article (or one of its look-alikes) in the top 3. */
    top3Rate: Math.round((top3 / requests) * 1000) / 10,
  };
  log(`search p50 ${result.searchMs.p50} ms, p95 ${result.searchMs.p95} ms; top-3 ${result.top3Rate} %`);
  console.log(JSON.stringify(result));
}

main();
