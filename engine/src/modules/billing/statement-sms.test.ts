import { testDatabases } from '../../../test/support/databases';
import { WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { statementWorld } from '../../../test/support/statement-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Sent = { message: { id: string; recipient: string; recipientName: string | null; content: string; status: string }; repeated: boolean };
type Outbox = { messages: { id: string; phone: string; recipientName: string | null; content: string; templateKey: string | null; status: string; outboxSends?: boolean }[]; total: number };
type World = Awaited<ReturnType<typeof statementWorld>>;

describe.each(testDatabases())('收费清单 texted to a relative on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let w: World;
  const send = (body: Record<string, unknown>, elderId = w.li, who = w.clients.agentHere) => who.post<Sent & { error?: { code: string; message: string } }>(`/api/billing/statements/${elderId}/sms`, body);
  const outbox = async () => (await engine.admin.get<Outbox>('/api/sms?pageSize=200')).body;
  const monthText = () => `${w.month.slice(0, 4)}年${Number(w.month.slice(5))}月`;

  beforeAll(async () => {
    w = await statementWorld(engine, 'sms');
  });

  it('given the first relative in call order has only a landline, when an agent sends the month’s summary, then the son’s mobile gets the exact text, queued in the outbox and audited', async () => {
    const res = await send({ month: w.month });
    expect(res.status).toBe(201);
    const text = `【养老服务热线】李桂兰${monthText()}服务2次，合计¥110.00，补贴¥55.00，自付¥55.00。详询12349`;
    expect(res.body).toEqual({ message: { id: expect.any(String), recipient: '139****0021', recipientName: '张伟', content: text, status: 'queued' }, repeated: false });
    const rows = (await outbox()).messages.filter((m) => m.id === res.body.message.id);
    expect(rows).toEqual([expect.objectContaining({ phone: '13905310021', recipientName: '张伟', content: text, templateKey: 'elder_statement' })]);
    const audit = await engine.admin.get<{ entries: { action: string; actorName: string; after: Record<string, unknown> }[] }>(`/api/audit?action=statement.sms&entityId=${w.li}`);
    expect(audit.body.entries).toEqual([expect.objectContaining({ actorName: 'sms_agent_lixia', after: { month: w.month, messageId: res.body.message.id, recipient: '139****0021', repeated: false } })]);
  });

  it('given the queued summary, when SMS readers of her district and of another list the outbox, then only her district’s reader sees it', async () => {
    const [sent] = (await outbox()).messages.filter((m) => m.templateKey === 'elder_statement');
    const seenBy = async (who: typeof w.clients.agentHere) => (await who.get<Outbox>('/api/sms?pageSize=200')).body.messages.map((m) => m.id);
    expect(await seenBy(w.clients.agentHere)).toContain(sent.id);
    expect(await seenBy(w.clients.agentElsewhere)).not.toContain(sent.id);
  });

  it('given the same summary sent again (a double click), then the queued message is the answer and nothing new is queued', async () => {
    const before = (await outbox()).total;
    const again = await send({ month: w.month, relativeId: w.relatives[1].id });
    expect([again.status, again.body.repeated, again.body.message.recipient]).toEqual([200, true, '139****0021']);
    expect((await outbox()).total).toBe(before);
  });

  it('given a relative chosen without a mobile, another elder’s relative, or an elder without relatives, then 409 or 404 and nothing queued', async () => {
    const before = (await outbox()).total;
    const landline = await send({ month: w.month, relativeId: w.relatives[0].id });
    expect([landline.status, landline.body.error?.message]).toEqual([409, '刘秀兰 has no mobile phone to text']);
    const lonely = await engine.admin.post<{ elder: { id: string } }>('/api/elders', { ...WANG_XIUYING, name: '赵孤老', idCard: null, gender: 'male', birthDate: '1938-05-01', phones: [{ number: '0531-88009999' }], relatives: [], terminals: [] });
    expect(lonely.status).toBe(201);
    const none = await send({ month: w.month }, lonely.body.elder.id);
    expect([none.status, none.body.error?.message]).toEqual([409, 'The elder has no relative with a mobile phone: add one to the elder file first']);
    expect((await send({ month: w.month, relativeId: w.relatives[1].id }, lonely.body.elder.id)).status).toBe(404);
    expect((await outbox()).total).toBe(before);
  });

  it('given callers who may not, or bad input, then 403, 404 or 400 and nothing queued', async () => {
    const before = (await outbox()).total;
    expect((await send({ month: w.month }, w.li, w.clients.providerA)).status).toBe(403);
    expect((await send({ month: w.month }, w.li, w.clients.agentElsewhere)).status).toBe(404);
    expect((await send({ month: '2026-13' })).status).toBe(400);
    expect((await send({ month: '2999-01' })).status).toBe(400);
    expect((await send({ month: w.month, extra: 1 })).status).toBe(400);
    expect((await outbox()).total).toBe(before);
  });
});
