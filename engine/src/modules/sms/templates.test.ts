import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { bearerUser, Call } from '../../../test/support/sms-clients';

type Template = { key: string; name: string; content: string; params: string[] };
const SEEDED = ['alarm_relatives', 'appointment_reminder', 'elder_statement', 'order_dispatched', 'provider_new_order', 'staff_new_order', 'statement_summary'];
type ErrorBody = { error: { code: string; details?: { path: string; message: string }[] } };

describe.each(testDatabases())('SMS templates on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let connector: Call;
  let agent: Call;
  const admin = () => engine.admin;
  const notice = { key: 'alarm.notice', name: '紧急呼叫通知', content: '{{relative}}您好：{{elder}}于{{time}}发起紧急呼叫，热线已处理。' };

  beforeAll(async () => {
    connector = await bearerUser(engine, 'tpl-connector', ['connector']);
    agent = await bearerUser(engine, 'tpl-agent', ['agent']);
  });

  it('given a new engine, when its templates are read, then the hotline\'s seven texts are there with their parameters, ready to render', async () => {
    const templates = (await agent<{ templates: Template[] }>('GET', '/api/sms-templates')).body.templates;
    expect(templates.map((t) => [t.key, t.name])).toEqual([['alarm_relatives', '报警通知亲属'], ['appointment_reminder', '上门服务提醒'], ['elder_statement', '月度账单通知亲属'], ['order_dispatched', '派单通知服务商'], ['provider_new_order', '新派单通知服务商'], ['staff_new_order', '派单通知服务人员'], ['statement_summary', '服务结算汇总']]);
    expect(templates.find((t) => t.key === 'alarm_relatives')?.params).toEqual(['elderName', 'time', 'caseNumber']);
    const res = await connector<{ content: string }>('POST', '/api/sms-templates/order_dispatched/render', { params: { item: '紧急上门查看', elderName: '王秀英', address: '山大南路 27 号', caseNumber: 'CF20261203-000001' } });
    expect(res.body.content).toBe('【养老服务热线】您有新的派单：紧急上门查看，老人王秀英，地址山大南路 27 号。请登录服务商门户接单，工单号 CF20261203-000001');
  });

  it('given a template, when an admin creates it, then its parameters are derived and the change is audited', async () => {
    const res = await admin().post<{ template: Template }>('/api/sms-templates', notice);
    expect(res.status).toBe(201);
    expect(res.body.template.params).toEqual(['relative', 'elder', 'time']);
    expect((await admin().post('/api/sms-templates', notice)).status).toBe(409);
    const audit = await admin().get<{ entries: { action: string }[] }>('/api/audit?entityType=sms-template&entityId=alarm.notice');
    expect(audit.body.entries.map((e) => e.action)).toEqual(['sms-template.create']);
  });

  it('given all parameters, when a connector renders, then the text is filled in', async () => {
    const res = await connector<{ content: string }>('POST', '/api/sms-templates/alarm.notice/render', { params: { relative: '刘建国', elder: '王秀英', time: '08:30' } });
    expect(res.body.content).toBe('刘建国您好：王秀英于08:30发起紧急呼叫，热线已处理。');
  });

  it('given a missing or blank parameter, when rendered, then 400 names each one', async () => {
    const res = await connector<ErrorBody>('POST', '/api/sms-templates/alarm.notice/render', { params: { relative: '刘建国', elder: ' ' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.map((d) => d.path)).toEqual(['params.elder', 'params.time']);
    expect((await connector('POST', '/api/sms-templates/nobody/render', { params: {} })).status).toBe(404);
  });

  it.each([
    ['a placeholder that is not a name', '您好{{老人 姓名}}'],
    ['an unclosed placeholder', '您好{{elder'],
    ['content of 501 characters', '字'.repeat(501)],
  ])('given %s, when saved, then 400 and nothing is stored', async (_what, content) => {
    const res = await admin().post<ErrorBody>('/api/sms-templates', { key: 'bad.one', name: '坏模板', content });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.[0].path).toBe('content');
    expect((await admin().get('/api/sms-templates/bad.one')).status).toBe(404);
  });

  it('given a template key and its parameters, when a message is queued without content, then the engine renders the text as it queues it; a missing parameter or template queues nothing', async () => {
    const params = { relative: '刘建国', elder: '王秀英', time: '08:30' };
    const queued = await connector<{ message: { content: string; templateKey: string; status: string } }>('POST', '/api/sms/messages', { key: 'tpl-queue-1', phone: '13905310001', templateKey: 'alarm.notice', params });
    expect(queued.status).toBe(201);
    expect(queued.body.message).toMatchObject({ content: '刘建国您好：王秀英于08:30发起紧急呼叫，热线已处理。', templateKey: 'alarm.notice', status: 'queued' });

    const missing = await connector<ErrorBody>('POST', '/api/sms/messages', { key: 'tpl-queue-2', phone: '13905310001', templateKey: 'alarm.notice', params: { relative: '刘建国' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details?.map((d) => d.path)).toEqual(['params.elder', 'params.time']);
    expect((await connector('POST', '/api/sms/messages', { key: 'tpl-queue-3', phone: '13905310001', templateKey: 'nobody', params: {} })).status).toBe(404);
    expect((await connector<ErrorBody>('POST', '/api/sms/messages', { key: 'tpl-queue-4', phone: '13905310001' })).body.error.details?.map((d) => d.path)).toEqual(['content']);
    const outbox = await admin().get<{ messages: { key: string }[] }>('/api/sms?recipient=13905310001');
    expect(outbox.body.messages.map((m) => m.key)).toEqual(['tpl-queue-1']);
  });

  it('given a message queued from a template, when the template changes and the same key is queued again, then the stored message is the answer', async () => {
    const params = { relative: '刘建国', elder: '王秀英', time: '09:00' };
    const first = await connector<{ message: { id: string; content: string } }>('POST', '/api/sms/messages', { key: 'tpl-repeat', phone: '13905310002', templateKey: 'alarm.notice', params });
    expect((await admin().request('PUT', '/api/sms-templates/alarm.notice', { name: notice.name, content: '{{relative}}：{{elder}}于{{time}}呼叫。' })).status).toBe(200);
    const again = await connector<{ message: { id: string; content: string } }>('POST', '/api/sms/messages', { key: 'tpl-repeat', phone: '13905310002', templateKey: 'alarm.notice', params });
    expect(again.status).toBe(200);
    expect(again.body.message).toEqual(first.body.message);
    expect((await admin().request('PUT', '/api/sms-templates/alarm.notice', { name: notice.name, content: notice.content })).status).toBe(200);
  });

  it('given a template, when changed and deleted, then reads follow; agents read but cannot write', async () => {
    const put = await admin().request<{ template: Template }>('PUT', '/api/sms-templates/alarm.notice', { name: '紧急呼叫通知', content: '{{elder}}已获救助。' });
    expect(put.body.template.params).toEqual(['elder']);
    expect((await agent<{ templates: Template[] }>('GET', '/api/sms-templates')).body.templates.map((t) => t.key).sort()).toEqual(['alarm.notice', ...SEEDED].sort()); // the databases' collations order . and _ apart
    expect((await agent('DELETE', '/api/sms-templates/alarm.notice')).status).toBe(403);
    expect((await admin().request('DELETE', '/api/sms-templates/alarm.notice')).status).toBe(204);
    expect((await connector('GET', '/api/sms-templates/alarm.notice')).status).toBe(404);
  });
});
