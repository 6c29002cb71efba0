import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { insertCase } from '../../../test/support/operaton-process-fixtures';
import { userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Answer = { article: { id: string; useful: number; notUseful: number } };
type Use = { use: { caseId: string; articleId: string; version: number; title: string; usedByName: string }; repeated: boolean };

/** 知识库 in work: the articles answered from are kept on the case, agents rate them, authors see the month's most used. */
describe.each(testDatabases())('knowledge used on cases on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let author: ApiClient;
  let reviewer: ApiClient;
  let agent: ApiClient;
  let other: ApiClient;
  const publish = async (title: string) => {
    const { id } = (await author.post<Answer>('/api/knowledge/articles', { title, body: `<p>${title}的办理说明。</p>`, category: 'social_assistance', shortAnswer: `${title}：到街道办理。` })).body.article;
    await author.post(`/api/knowledge/articles/${id}/submit`, {});
    await reviewer.post(`/api/knowledge/articles/${id}/publish`, {});
    return id;
  };
  beforeAll(async () => {
    author = await userOf(engine, `use_author_${engine.db.name}`, ['knowledge_author']);
    reviewer = await userOf(engine, `use_reviewer_${engine.db.name}`, ['knowledge_reviewer']);
    agent = await userOf(engine, `use_agent_${engine.db.name}`, ['agent']);
    other = await userOf(engine, `use_other_${engine.db.name}`, ['agent']);
  });

  it('given a published article, when an agent answers from it on a case twice, then it is recorded once, listed on the case and on its timeline; a draft or an unknown case is refused', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const id = await publish('临时救助申请');
    const first = await agent.post<Use>(`/api/cases/${caseRow.id}/knowledge`, { articleId: id });
    expect([first.status, first.body.use]).toEqual([201, expect.objectContaining({ articleId: id, version: 1, title: '临时救助申请', usedByName: `use_agent_${engine.db.name}` })]);
    const again = await other.post<Use>(`/api/cases/${caseRow.id}/knowledge`, { articleId: id });
    expect([again.status, again.body.repeated, again.body.use.usedByName]).toEqual([200, true, `use_agent_${engine.db.name}`]);
    expect((await agent.get<{ uses: Use['use'][] }>(`/api/cases/${caseRow.id}/knowledge`)).body.uses.map((u) => u.articleId)).toEqual([id]);
    const timeline = (await engine.admin.get<{ timeline: { type: string; data: { articleId?: string } }[] }>(`/api/cases/${caseRow.id}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'knowledge.used').map((e) => e.data.articleId)).toEqual([id]);

    const draft = (await author.post<Answer>('/api/knowledge/articles', { title: '尚未发布的知识', body: '<p>草稿</p>', category: 'hotline', shortAnswer: '草稿' })).body.article.id;
    expect((await agent.post(`/api/cases/${caseRow.id}/knowledge`, { articleId: draft })).status).toBe(409);
    expect((await agent.post('/api/cases/00000000-0000-0000-0000-000000000000/knowledge', { articleId: id })).status).toBe(404);
    expect((await agent.get<{ uses: unknown[] }>(`/api/cases/${caseRow.id}/knowledge`)).body.uses).toHaveLength(1);
  });

  it('given agents rating an article, when one changes their mind and another agrees, then the counts are one each and show on the article', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const id = await publish('低保边缘家庭认定');
    expect((await agent.post(`/api/knowledge/articles/${id}/rating`, { useful: true, caseId: caseRow.id })).body).toEqual({ useful: 1, notUseful: 0 });
    expect((await agent.post(`/api/knowledge/articles/${id}/rating`, { useful: false, caseId: caseRow.id })).body).toEqual({ useful: 0, notUseful: 1 });
    expect((await other.post(`/api/knowledge/articles/${id}/rating`, { useful: true })).body).toEqual({ useful: 1, notUseful: 1 });
    expect((await agent.get<Answer>(`/api/knowledge/articles/${id}`)).body.article).toMatchObject({ useful: 1, notUseful: 1 });
    expect((await agent.post(`/api/knowledge/articles/${id}/rating`, { useful: 'yes' })).status).toBe(400);
    expect((await author.post(`/api/knowledge/articles/${id}/rating`, { useful: true })).status).toBe(403);
  });

  it('given articles used on several cases this month, when an author asks for the month, then the most used come first with their ratings; agents may not ask', async () => {
    const [x, y] = [await publish('残疾人两项补贴'), await publish('孤儿基本生活费')];
    for (const use of [x, x, y]) await agent.post(`/api/cases/${(await insertCase(engine.running.dataSource)).id}/knowledge`, { articleId: use });
    const { body } = await author.get<{ month: string; articles: { id: string; uses: number }[] }>('/api/knowledge/stats');
    expect(body.month).toMatch(/^\d{4}-\d{2}$/);
    expect(body.articles.filter((a) => a.id === x || a.id === y).map((a) => [a.id, a.uses])).toEqual([[x, 2], [y, 1]]);
    expect((await author.get<{ articles: unknown[] }>('/api/knowledge/stats?month=2001-01')).body.articles).toEqual([]);
    expect((await agent.get('/api/knowledge/stats')).status).toBe(403);
  });
});
