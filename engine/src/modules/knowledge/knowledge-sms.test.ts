import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { insertCase } from '../../../test/support/operaton-process-fixtures';
import { userOf } from '../../../test/support/provider-fixtures';
import { JINAN_AREAS } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';

type Answer = { article: { id: string } };
type Sent = { use: { articleId: string; version: number }; message: { id: string; recipient: string; content: string; status: string }; repeated: boolean };
type Outbox = { messages: { key: string; caseId: string | null; phone: string; content: string; status: string; source: string | null }[] };
type Entry = { type: string; data: { articleId?: string; notes?: { what: string; to: string[] }[] } };
type Failure = { error: { code: string } };

/** 短信发送 from a task form: the article's short answer texted to the caller, the use recorded on the case. */
describe.each(testDatabases())('knowledge sent by SMS on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let author: ApiClient;
  let reviewer: ApiClient;
  let agent: ApiClient;
  let elsewhere: ApiClient;
  const publish = async (title: string, shortAnswer: string) => {
    const { id } = (await author.post<Answer>('/api/knowledge/articles', { title, body: `<p>${title}的办理说明。</p>`, category: 'social_assistance', shortAnswer })).body.article;
    await author.post(`/api/knowledge/articles/${id}/submit`, {});
    await reviewer.post(`/api/knowledge/articles/${id}/publish`, {});
    return id;
  };
  const outboxOf = async (caseId: string) => (await engine.admin.get<Outbox>(`/api/sms?caseId=${caseId}&pageSize=200`)).body.messages;
  const timelineOf = async (caseId: string) => (await engine.admin.get<{ timeline: Entry[] }>(`/api/cases/${caseId}`)).body.timeline.filter((e) => e.type.startsWith('knowledge.'));
  const usesOf = async (caseId: string) => (await agent.get<{ uses: { articleId: string }[] }>(`/api/cases/${caseId}/knowledge`)).body.uses.map((u) => u.articleId);
  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    author = await userOf(engine, `sms_author_${engine.db.name}`, ['knowledge_author']);
    reviewer = await userOf(engine, `sms_reviewer_${engine.db.name}`, ['knowledge_reviewer']);
    agent = await loggedIn(engine, `sms_agent_${engine.db.name}`, ['agent'], { areaScope: ['370102'] });
    elsewhere = await loggedIn(engine, `sms_elsewhere_${engine.db.name}`, ['agent'], { areaScope: ['370103'] });
  });

  it('given a case and a published article, when the agent sends it twice, then one SMS with the short answer is queued for the case, the use is recorded once, and the timeline says so', async () => {
    const caseRow = await insertCase(engine.running.dataSource, { areaPath: '/3701/370102/' });
    const id = await publish('高龄津贴申领', '80周岁以上老人可到社区申领高龄津贴，带身份证和户口本。');
    const first = await agent.post<Sent>(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: id, phone: '138 0531 2345' });
    expect([first.status, first.body.repeated, first.body.use.articleId]).toEqual([201, false, id]);
    expect(first.body.message).toMatchObject({ recipient: '138****2345', content: '【养老服务热线】80周岁以上老人可到社区申领高龄津贴，带身份证和户口本。', status: 'queued' });
    const again = await agent.post<Sent>(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: id, phone: '13805312345' });
    expect([again.status, again.body.repeated, again.body.message.id]).toEqual([200, true, first.body.message.id]);

    // Queued, or already sent: the outbox's sender may pass it to the gateway before the list is read.
    expect(await outboxOf(caseRow.id)).toEqual([
      expect.objectContaining({ status: expect.stringMatching(/^(queued|sent)$/), key: `knowledge:${caseRow.id}:${id}:v1:13805312345`, caseId: caseRow.id, phone: '13805312345', content: first.body.message.content, source: 'knowledge.sms' }),
    ]);
    expect(await usesOf(caseRow.id)).toEqual([id]);
    const entries = await timelineOf(caseRow.id);
    expect(entries.map((e) => [e.type, e.data.articleId])).toEqual([['knowledge.used', id], ['knowledge.sms_sent', id]]);
    expect(entries.find((e) => e.type === 'knowledge.sms_sent')?.data.notes).toEqual([{ what: 'sms_sent', to: ['138****2345'] }]);
    const audit = (await engine.admin.get<{ entries: { action: string; entityId: string }[] }>(`/api/audit?entityId=${caseRow.id}`)).body.entries;
    expect(audit.filter((a) => a.action === 'knowledge.sms')).toHaveLength(2);
  });

  it('given an article already used on the case, when the agent then texts it, then the SMS is queued and the use stays one', async () => {
    const caseRow = await insertCase(engine.running.dataSource, { areaPath: '/3701/370102/' });
    const id = await publish('助餐补贴标准', '助餐补贴每餐3元，由街道按月结算。');
    expect((await agent.post(`/api/cases/${caseRow.id}/knowledge`, { articleId: id })).status).toBe(201);
    expect((await agent.post<Sent>(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: id, phone: '13905310001' })).body.repeated).toBe(false);
    expect((await outboxOf(caseRow.id)).map((m) => m.phone)).toEqual(['13905310001']);
    expect(await usesOf(caseRow.id)).toEqual([id]);
  });

  it('given a withdrawn article, a landline, an agent of another district or a phone over its hourly limit, when sent, then each is refused clearly and nothing is queued or recorded', async () => {
    const caseRow = await insertCase(engine.running.dataSource, { areaPath: '/3701/370102/' });
    const withdrawn = await publish('已废止的政策', '此政策已废止。');
    expect((await reviewer.post(`/api/knowledge/articles/${withdrawn}/withdraw`, { note: '政策废止' })).status).toBe(200);
    expect((await agent.post<Failure>(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: withdrawn, phone: '13805310002' })).status).toBe(409);

    const id = await publish('居家养老服务补贴', '经评估的失能老人可申请居家养老服务补贴。');
    const landline = await agent.post<Failure>(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: id, phone: '0531-86001234' });
    expect([landline.status, landline.body.error.code]).toEqual([400, 'invalid_input']);
    expect((await elsewhere.post(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: id, phone: '13805310002' })).status).toBe(404);

    // The phone already had its five messages this hour (SMS_RATE_LIMIT_PER_HOUR's default).
    const { token } = await engine.running.engine.identity.openServiceSession('connectors');
    for (let i = 0; i < 5; i++) {
      const queued = await new ApiClient(engine.running.url).request('POST', '/api/sms/messages', { key: `busy/${caseRow.id}/${i}`, phone: '13805310003', content: '测试' }, { authorization: `Bearer ${token}` });
      expect(queued.status).toBe(201);
    }
    const limited = await agent.post<Failure>(`/api/cases/${caseRow.id}/knowledge/sms`, { articleId: id, phone: '13805310003' });
    expect([limited.status, limited.body.error.code]).toEqual([409, 'sms_rate_limited']);

    expect(await outboxOf(caseRow.id)).toEqual([]);
    expect(await usesOf(caseRow.id)).toEqual([]);
    expect(await timelineOf(caseRow.id)).toEqual([]);
  });
});
