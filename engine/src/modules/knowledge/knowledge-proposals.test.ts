import { testDatabases } from '../../../test/support/databases';
import { connectorClient } from '../../../test/support/role-clients';
import { userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Answer = { articleId: string; repeated: boolean };

/** 建议新增知识 as the connector posts it: once per key, a draft the authors can take on, nothing from bad input. */
describe.each(testDatabases())('knowledge proposals on $name', ({ create, name }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const count = async () => (await engine.admin.get<{ total: number }>('/api/knowledge/articles?pageSize=1')).body.total;

  it('given a case, when the same proposal arrives twice, then one draft exists, written as plain text; bad input, an unknown case or an agent change nothing', async () => {
    const opened1 = await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'policy-consultation', channel: 'phone', variables: { question: '测试' } });
    opened.push(opened1.body.case.id);
    const connector = await connectorClient(engine);
    const agent = await userOf(engine, `proposal_agent_${name}`, ['agent']);
    const before = await count();
    const body = { key: `job-${name}-1`, caseId: opened1.body.case.id, question: '老人摔倒了<script>alert(1)</script>能申请临时救助吗', answer: '可以，向乡镇（街道）申请 & 说明情况。' };

    const first = await connector.post<Answer>('/api/knowledge/proposals', body);
    expect(first.status).toBe(201);
    const again = await connector.post<Answer>('/api/knowledge/proposals', body);
    expect(again).toMatchObject({ status: 200, body: { articleId: first.body.articleId, repeated: true } });
    const { latest, article } = (await engine.admin.get<{ article: { status: string }; latest: { body: string; category: string; status: string } }>(`/api/knowledge/articles/${first.body.articleId}`)).body;
    expect(article.status).toBe('unpublished');
    expect(latest).toMatchObject({ status: 'draft', category: 'hotline' });
    expect(latest.body).toContain(opened1.body.case.caseNumber);
    expect(latest.body).not.toContain('<script');
    expect(latest.body).toContain('&amp;');

    expect((await connector.post('/api/knowledge/proposals', { ...body, key: 'k2', caseId: 'no-such-case' })).status).toBe(404);
    expect((await connector.post('/api/knowledge/proposals', { ...body, key: 'k3', question: '低' })).status).toBe(400);
    expect((await connector.post('/api/knowledge/proposals', { ...body, key: 'k4', category: 'Not A Path' })).status).toBe(400);
    expect((await agent.post('/api/knowledge/proposals', { ...body, key: 'k5' })).status).toBe(403);
    expect(await count()).toBe(before + 1);
  });
});
