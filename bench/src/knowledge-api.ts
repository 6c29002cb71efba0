/**
 * 知识库 search through the API at 20 agents at once (the issue's target: p95 ≤ 100 ms over 5,000
 * articles), on MariaDB by default or SQLite with --url sqlite:/tmp/knowledge.db.
 * Usage: npm run build && node bench/dist/knowledge-api.js [--url …] [--articles 5000] [--requests 3000] [--concurrency 20] [--keep]
 * Seeds published articles (the quality set, then variants of it) by bulk INSERTs, starts the engine
 * in this process, times the first search right after the start (it waits for the index the engine
 * builds from the rows as it starts) and the callers'
 * questions from a worker thread. The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import { KnowledgeArticleEntity, KnowledgeVersionEntity } from '@careflow/engine/dist/modules/knowledge/entities';
import { categoryOf, QualityArticle, qualityArticles, qualityQuestions } from '@careflow/engine/dist/search/quality/set';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { flags } from './load';
import { loadInWorker } from './load-worker';
import { startEngineWithoutProcesses } from './process-engine';

const opts = flags(process.argv.slice(2));
const articleCount = positiveInt(opts, 'articles', 5000);
const requests = positiveInt(opts, 'requests', 3000);
const concurrency = positiveInt(opts, 'concurrency', 20);
const bench = new BenchDatabase(opts, 'careflow_knowledge');
const log = (line: string) => process.stderr.write(`${line}\n`);
const PASSWORD = 'bench-password-1';
const TARGET_P95_MS = 100;
const PLACES = ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区'];

/** Published articles in batches: the quality set's first, then the same texts for other districts. */
async function seed(dataSource: DataSource, base: QualityArticle[]): Promise<void> {
  const now = new Date();
  for (let from = 0; from < articleCount; from += 500) {
    const articles = [];
    const versions = [];
    for (let i = from; i < Math.min(articleCount, from + 500); i++) {
      const a = base[i % base.length];
      const id = randomUUID();
      const title = i < base.length ? a.title : `${a.title}（${PLACES[i % PLACES.length]}）`;
      const category = categoryOf(a);
      articles.push({ id, publishedVersion: 1, latestVersion: 1, title, category, expiresOn: null, withdrawn: false, useful: 0, notUseful: 0, createdBy: 'bench', createdAt: now, updatedAt: now });
      versions.push({ articleId: id, version: 1, status: 'published' as const, title, body: a.body, category, keywords: a.keywords, synonyms: a.synonyms, areas: [], docNumber: null, issuer: null, effectiveFrom: null, expiresOn: null, shortAnswer: a.shortAnswer, attachments: [], authoredBy: 'bench', authoredByName: 'bench', updatedAt: now, reviewNote: null, reviewedBy: null, reviewedByName: null, publishedAt: now });
    }
    await dataSource.getRepository(KnowledgeArticleEntity).insert(articles);
    await dataSource.getRepository(KnowledgeVersionEntity).insert(versions);
  }
}

async function main() {
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  if ((await scalar(dataSource, 'SELECT COUNT(*) FROM knowledge_articles')) === 0) {
    const t0 = performance.now();
    await seed(dataSource, qualityArticles());
    log(`seeded ${articleCount} articles in ${Math.round(performance.now() - t0)} ms`);
  }
  const questions = qualityQuestions();
  const engine = await startEngineWithoutProcesses(bench.engineConfig(), dataSource);
  let result;
  let firstSearchMs = 0;
  try {
    await engine.users.create({ username: 'bench-agent', displayName: '话务员', password: PASSWORD, roles: ['agent'], groups: [] }, { id: null, username: 'system', ip: null }).catch(() => undefined);
    const agent = new ApiClient(engine.url);
    await agent.login('bench-agent', PASSWORD);
    const t0 = performance.now();
    const first = await agent.get<{ hits: unknown[] }>(`/api/knowledge/search?q=${encodeURIComponent('低保咋申请')}`);
    firstSearchMs = Math.round(performance.now() - t0);
    if (first.status !== 200 || first.body.hits.length === 0) throw new Error(`first search: ${first.status}`);
    log(`first search right after the start (waits for the index of ${articleCount} rows): ${firstSearchMs} ms`);
    const paths = questions.map((q) => `/api/knowledge/search?limit=10&q=${encodeURIComponent(q.q)}`);
    ({ search: result } = await loadInWorker({ baseUrl: engine.url, cookie: agent.sessionCookie ?? '', kinds: [{ name: 'search', paths, check: 'hits' }], requests, concurrency, warmUp: 200 }));
    log(`search: ${JSON.stringify(result)}`);
  } finally {
    await engine.stop();
    await dataSource.destroy();
  }
  await bench.finish();
  const memory = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      bench: 'knowledge-api', db: bench.config.type, articles: articleCount, concurrency, requests, firstSearchMs,
      search: result.latency, failures: result.failures, requestsPerSecond: result.requestsPerSecond,
      rssMb: Math.round(memory.rss / 1048576), loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
      targetMet: result.latency.p95 <= TARGET_P95_MS,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
