import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { bearerUser, Call } from '../../../test/support/sms-clients';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';

type Msg = { id: string; key: string; phone: string; status: string; providerMessageId: string | null; error: string | null; adapter: string | null; sentAt: string | null; deliveredAt: string | null; params: unknown };
type ErrorBody = { error: { code: string; details?: { path: string }[] } };

describe.each(testDatabases())('SMS outbox on $name', ({ create }) => {
  const engine = useTestEngine(create, { sms: { rateLimitPerHour: 3 } });
  let connector: Call;
  let auditor: Call;
  let agent: Call;
  let wang: string;
  const queue = (body: Record<string, unknown>) => connector<{ message: Msg } & ErrorBody>('POST', '/api/sms/messages', { phone: '13800138000', content: '您好，您的服务已安排。', ...body });
  const list = (who: Call, query: string) => who<{ messages: Msg[]; total: number }>('GET', `/api/sms?${query}`);

  beforeAll(async () => {
    connector = await bearerUser(engine, 'sms-connector', ['connector']);
    auditor = await bearerUser(engine, 'sms-auditor', ['auditor']);
    agent = await bearerUser(engine, 'sms-agent', ['agent']);
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    wang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await engine.admin.post('/api/elders', ZHANG_SANFENG);
  });

  it('given a new key, when a message is queued, then it is stored queued with the phone normalised; the same key again gives the same row', async () => {
    const first = await queue({ key: 'job-1/13800138000', phone: '+86 138-0013-8000', caseId: 'case-1', recipientName: '刘建国' });
    expect(first.status).toBe(201);
    expect(first.body.message).toMatchObject({ key: 'job-1/13800138000', phone: '13800138000', status: 'queued', adapter: null });
    const again = await queue({ key: 'job-1/13800138000' });
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(first.body.message.id);
    expect((await list(agent, 'caseId=case-1')).body.total).toBe(1);
  });

  it('given a message of a case, when the outbox is searched by the case number people know, then that case’s messages come with their number; an unknown number finds none', async () => {
    await engine.admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: { type: 'object' } });
    expect((await engine.admin.post('/api/service-types', { key: 'sms-visit', names: { 'zh-CN': '短信回访', en: 'SMS visit' }, category: 'care' })).status).toBe(201);
    const bpmnXml = chain(uniqueProcessId('sms_visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'agents', '回访') }]);
    expect((await engine.admin.post('/api/service-types/sms-visit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } })).status).toBe(201);
    expect((await engine.admin.post('/api/service-types/sms-visit/publish', { version: 1 })).status).toBe(200);
    const opened = (await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'sms-visit', channel: 'phone' })).body.case;
    expect((await queue({ key: 'job-case/13800138000', caseId: opened.id })).status).toBe(201);

    const found = await list(agent, `caseNumber=${opened.caseNumber}`);
    expect(found.body.total).toBe(1);
    expect(found.body.messages[0]).toMatchObject({ key: 'job-case/13800138000', caseId: opened.id, caseNumber: opened.caseNumber });
    expect((await list(agent, 'caseNumber=GD20990101-000001')).body).toEqual({ messages: [], total: 0 });
    expect((await list(agent, 'caseId=case-1')).body.messages[0]).toMatchObject({ caseId: 'case-1', caseNumber: null });
  });

  it('given the same key with other text, when queued, then 409 and the stored message is unchanged', async () => {
    const res = await queue({ key: 'job-1/13800138000', content: '另一条' });
    expect(res.status).toBe(409);
    expect((await list(agent, 'caseId=case-1')).body.messages[0]).toMatchObject({ status: 'queued' });
  });

  it.each([
    ['a landline', { phone: '0531-88001234' }, 'phone'],
    ['a phone that is not a number', { phone: '1380013800x' }, 'phone'],
    ['empty content', { content: '   ' }, 'content'],
    ['content of 501 characters', { content: '字'.repeat(501) }, 'content'],
    ['an unknown field', { priority: 'high' }, '(body)'],
  ])('given %s, when queued, then 400 names the field and nothing is stored', async (_what, body, field) => {
    const before = (await list(agent, '')).body.total;
    const res = await queue({ key: `bad-${field}-${Math.random()}`, ...body });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.map((d) => d.path)).toContain(field);
    expect((await list(agent, '')).body.total).toBe(before);
  });

  it('given a phone at its hourly limit, when one more is queued, then 409 sms_rate_limited and nothing is stored; a repeat of a stored key still answers', async () => {
    for (const n of [1, 2, 3]) expect((await queue({ key: `limit-${n}`, phone: '13700137000' })).status).toBe(201);
    const over = await queue({ key: 'limit-4', phone: '13700137000' });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('sms_rate_limited');
    expect((await list(agent, 'recipient=13700137000')).body.total).toBe(3);
    expect((await queue({ key: 'limit-2', phone: '13700137000' })).status).toBe(200);
  });

  it('given 12 messages to one phone queued at once, when the limit is 3 an hour, then exactly 3 are stored and the others get 409 sms_rate_limited', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => queue({ key: `burst-${n}`, phone: '13400134000', caseId: 'case-burst' })));
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(3).fill(201), ...Array(9).fill(409)]);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.code)).toEqual(Array(9).fill('sms_rate_limited'));
    expect((await list(agent, 'recipient=13400134000')).body.total).toBe(3);
  });

  it('given a queued message, when reported sent and a receipt arrives, then it moves forward; backwards or unknown ids are refused', async () => {
    const { message } = (await queue({ key: 'status-1', phone: '13600136000' })).body;
    const sent = await connector<{ message: Msg }>('PATCH', `/api/sms/messages/${message.id}`, { status: 'sent', adapter: 'smpp', providerMessageId: 'smsc-42' });
    expect(sent.body.message).toMatchObject({ status: 'sent', adapter: 'smpp', providerMessageId: 'smsc-42', sentAt: expect.any(String) });
    expect((await connector('PATCH', `/api/sms/messages/${message.id}`, { status: 'sent', adapter: 'smpp', providerMessageId: 'smsc-42' })).status).toBe(200);
    const receipt = await connector<{ message: Msg }>('POST', '/api/sms/receipts', { providerMessageId: 'smsc-42', status: 'delivered' });
    expect(receipt.body.message).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    expect((await connector('PATCH', `/api/sms/messages/${message.id}`, { status: 'failed', error: 'late' })).status).toBe(409);
    expect((await connector('POST', '/api/sms/receipts', { providerMessageId: 'nobody', status: 'delivered' })).status).toBe(404);
    expect((await connector('PATCH', '/api/sms/messages/nobody', { status: 'delivered' })).status).toBe(404);
    expect((await list(agent, 'status=delivered&recipient=13600136000')).body.messages.map((m) => m.id)).toEqual([message.id]);
  });

  it('given a failure report, when it arrives, then the message is failed with the reason', async () => {
    const { message } = (await queue({ key: 'status-2', phone: '13500135000' })).body;
    const failed = await connector<{ message: Msg }>('PATCH', `/api/sms/messages/${message.id}`, { status: 'failed', error: 'SMSC refused: 0x0000000B' });
    expect(failed.body.message).toMatchObject({ status: 'failed', error: 'SMSC refused: 0x0000000B' });
    expect((await list(agent, 'status=failed')).body.messages.map((m) => m.id)).toContain(message.id);
  });

  it('given the outbox, when an auditor lists it, then phones are masked; agents see them whole; connectors cannot list and agents cannot queue', async () => {
    expect((await list(auditor, 'caseId=case-1')).body.messages[0].phone).toBe('138****8000');
    expect((await list(agent, 'caseId=case-1')).body.messages[0].phone).toBe('13800138000');
    expect((await list(connector, '')).status).toBe(403);
    expect((await agent('POST', '/api/sms/messages', { key: 'x', phone: '13800138000', content: 'hi' })).status).toBe(403);
    expect((await list(agent, 'status=lost')).status).toBe(400);
  });

  it("given an elder with relatives, when a connector asks for recipients, then their mobiles come in call order", async () => {
    const res = await connector<{ elder: { name: string }; recipients: { name: string; phone: string }[] }>('GET', `/api/sms/recipients?elderId=${wang}`);
    expect(res.body.elder.name).toBe('王秀英');
    expect(res.body.recipients.map((r) => [r.name, r.phone])).toEqual([['刘建国', '13905310001'], ['刘建华', '13905310002']]);
    expect((await connector('GET', '/api/sms/recipients?elderId=nobody')).status).toBe(404);
    expect((await agent('GET', `/api/sms/recipients?elderId=${wang}`)).status).toBe(403);
  });
});
