import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { categoryOf, qualityArticles, qualityQuestions } from '../../search/quality/set';
import { KnowledgeSearch } from './search';

type Version = { version: number; status: string; title: string; body: string; reviewNote: string | null };
type Answer = { article: { id: string; status: string; publishedVersion: number | null; latestVersion: number; latestStatus: string }; published: Version | null; latest: Version };
type Hits = { hits: { id: string; version: number; title: string; snippet: string; matched: string[] }[] };

const article = (over: Record<string, unknown> = {}) => ({
  title: '高龄津贴申领条件和发放标准',
  body: '<p onclick="steal()">80周岁以上老年人按月领取高龄津贴。</p><script>alert(1)</script><p>每月15日前发放到社保卡。<a href="javascript:alert(1)">详情</a></p>',
  category: 'elder_care/allowance',
  keywords: ['高龄津贴'],
  synonyms: ['老人补贴'],
  shortAnswer: '80周岁以上老年人每月可领高龄津贴，每月15日前发放到社保卡。',
  ...over,
});

/** 知识库 on the real engine: write, review and publish articles, and search them as agents do. */
describe.each(testDatabases())('the knowledge base on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let author: ApiClient;
  let reviewer: ApiClient;
  let agent: ApiClient;
  beforeAll(async () => {
    author = await userOf(engine, `kb_author_${engine.db.name}`, ['knowledge_author']);
    reviewer = await userOf(engine, `kb_reviewer_${engine.db.name}`, ['knowledge_reviewer']);
    agent = await userOf(engine, `kb_agent_${engine.db.name}`, ['agent']);
  });
  const search = async (q: string) => (await agent.get<Hits>(`/api/knowledge/search?q=${encodeURIComponent(q)}`)).body.hits;
  const step = (who: ApiClient, id: string, name: string, note?: string) => who.post<Answer>(`/api/knowledge/articles/${id}/${name}`, note ? { note } : {});

  it('given an author’s draft with hostile HTML, when it is reviewed and published, then its body is clean, its author could not publish it, and agents find it by a typo', async () => {
    const created = await author.post<Answer>('/api/knowledge/articles', article());
    expect(created.status).toBe(201);
    const { id } = created.body.article;
    expect(created.body.latest.body).toBe('<p>80周岁以上老年人按月领取高龄津贴。</p><p>每月15日前发放到社保卡。<a rel="noopener noreferrer" target="_blank">详情</a></p>');
    expect(await search('高玲津贴')).toEqual([]);

    expect((await step(author, id, 'submit')).body.latest.status).toBe('review');
    expect((await step(author, id, 'publish')).status).toBe(403);
    expect((await step(reviewer, id, 'publish', '已核对文号')).body).toMatchObject({ article: { status: 'published', publishedVersion: 1 }, published: { status: 'published', reviewNote: '已核对文号' } });
    const [hit] = await search('高玲津贴每月几号发放');
    expect(hit).toMatchObject({ id, version: 1, title: '高龄津贴申领条件和发放标准' });
    expect(hit.matched).toEqual(expect.arrayContaining(['津贴', '每月', '发放']));
    expect(hit.snippet).toContain('15日');
  });

  it('given a published article, when it is edited, sent back and published again, then the old version stays live until then and is kept as superseded', async () => {
    const { id } = (await author.post<Answer>('/api/knowledge/articles', article({ title: '残疾证遗失补办', category: 'disability', keywords: ['残疾证'], synonyms: [], shortAnswer: '到县级残联补办。', body: '<p>残疾证遗失的，到县级残联申请补办。</p>' }))).body.article;
    await step(author, id, 'submit');
    await step(reviewer, id, 'publish');
    const edited = await author.request<Answer>('PUT', `/api/knowledge/articles/${id}/draft`, article({ title: '残疾证遗失补办（可网上办理）', category: 'disability', keywords: ['残疾证'], synonyms: [], shortAnswer: '可在网上补办。', body: '<p>残疾证遗失的，可在政务服务网申请补办。</p>' }));
    expect(edited.body).toMatchObject({ article: { publishedVersion: 1, latestVersion: 2, latestStatus: 'draft' }, published: { title: '残疾证遗失补办' } });
    expect((await search('残疾证丢了'))[0]).toMatchObject({ id, version: 1 });
    const drafts = async (who: typeof author, which: string) => (await who.get<{ articles: { id: string }[] }>(`/api/knowledge/articles?drafts=${which}&pageSize=100`)).body.articles.map((a) => a.id);
    expect(await drafts(author, 'mine')).toContain(id);
    expect(await drafts(reviewer, 'mine')).not.toContain(id);
    expect(await drafts(reviewer, 'all')).toContain(id);

    await step(author, id, 'submit');
    expect(await drafts(author, 'mine')).not.toContain(id);
    expect((await step(reviewer, id, 'reject')).status).toBe(400);
    expect((await step(reviewer, id, 'reject', '请写明办理网址')).body.latest).toMatchObject({ status: 'draft', reviewNote: '请写明办理网址' });
    await step(author, id, 'submit');
    await step(reviewer, id, 'publish');
    expect((await search('残疾证丢了'))[0]).toMatchObject({ id, version: 2, title: '残疾证遗失补办（可网上办理）' });
    const { versions } = (await agent.get<{ versions: Version[] }>(`/api/knowledge/articles/${id}/versions`)).body;
    expect(versions.map((v) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'superseded']]);

    // 撤回: out of the search until a version is published again.
    expect((await step(author, id, 'withdraw')).status).toBe(403);
    expect((await step(reviewer, id, 'withdraw', '政策调整中')).body.article.status).toBe('withdrawn');
    expect((await search('残疾证丢了')).map((h) => h.id)).not.toContain(id);
    expect((await step(reviewer, id, 'withdraw')).status).toBe(409);
  });

  it('given a second engine on the same database, when an article is published and then withdrawn through this one, then the other engine’s search follows', async () => {
    const otherEngine = new KnowledgeSearch(engine.running.dataSource, engine.running.config.cases.timeZone, 0);
    const found = async (q: string) => (await otherEngine.search(q, { limit: 5 })).map((h) => [h.id, h.version]);
    const { id } = (await author.post<Answer>('/api/knowledge/articles', article({ title: '残疾人助听器适配补贴', category: 'disability', keywords: ['助听器'], synonyms: [], shortAnswer: '听力残疾人可申请助听器适配补贴。', body: '<p>持证听力残疾人可到区残联申请助听器适配补贴。</p>' }))).body.article;
    expect((await found('助听器适配补贴')).map(([hit]) => hit)).not.toContain(id);

    await step(author, id, 'submit');
    await step(reviewer, id, 'publish');
    expect((await found('助听器适配补贴'))[0]).toEqual([id, 1]);

    await step(reviewer, id, 'withdraw', '政策调整中');
    expect((await found('助听器适配补贴')).map(([hit]) => hit)).not.toContain(id);
  });

  it('given bad input or the wrong role, when an article is written, then a clear error and nothing is stored; an expired article warns and leaves the search', async () => {
    const before = (await agent.get<{ total: number }>('/api/knowledge/articles')).body.total;
    expect((await author.post('/api/knowledge/articles', article({ title: '' }))).status).toBe(400);
    expect((await author.post('/api/knowledge/articles', article({ shortAnswer: '答'.repeat(301) }))).status).toBe(400);
    expect((await author.post('/api/knowledge/articles', article({ effectiveFrom: '2026-01-01', expiresOn: '2025-12-31' }))).status).toBe(400);
    expect((await agent.post('/api/knowledge/articles', article())).status).toBe(403);
    expect((await agent.get<{ total: number }>('/api/knowledge/articles')).body.total).toBe(before);

    const { id } = (await author.post<Answer>('/api/knowledge/articles', article({ title: '临时取暖补贴（已到期）', keywords: ['取暖补贴'], synonyms: [], body: '<p>冬季取暖补贴。</p>', shortAnswer: '取暖补贴已停止。', effectiveFrom: '2020-01-01', expiresOn: '2020-03-31' }))).body.article;
    await step(author, id, 'submit');
    expect((await step(reviewer, id, 'publish')).body.article.status).toBe('expired');
    expect((await search('取暖补贴')).map((h) => h.id)).not.toContain(id);
    expect((await agent.get<{ articles: { id: string }[] }>('/api/knowledge/articles?status=expired')).body.articles.map((a) => a.id)).toEqual([id]);
  });

  it('given the quality set published through the API, when its questions are asked, then at least 85 % find an expected article in the top 3', async () => {
    const questions = qualityQuestions();
    const keyOf = new Map<string, string>();
    for (const a of qualityArticles()) {
      const { key, subcategory: _sub, ...fields } = a;
      const { id } = (await author.post<Answer>('/api/knowledge/articles', { ...fields, category: categoryOf(a) })).body.article;
      await step(author, id, 'submit');
      await step(reviewer, id, 'publish');
      keyOf.set(id, key);
    }
    let found = 0;
    for (const q of questions) if ((await agent.get<Hits>(`/api/knowledge/search?limit=3&q=${encodeURIComponent(q.q)}`)).body.hits.some((h) => q.expect.includes(keyOf.get(h.id) ?? ''))) found++;
    expect(found / questions.length).toBeGreaterThanOrEqual(0.85);
  });
});
