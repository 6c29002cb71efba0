import { testDatabases } from '../../../test/support/databases';
import { bearerUser, Call } from '../../../test/support/sms-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { SmsMessageEntity } from './entities';
import { SmsOutbox } from './outbox';

type Claimed = { messages: { id: string; phone: string; content: string; status: string }[]; leaseSeconds: number };

/** The outbox sender's claim: engine-queued messages, each to one sender at a time, under a lease. */
describe.each(testDatabases())('SMS outbox claims on $name', ({ create }) => {
  // No connectors in this engine: the test is the only sender, so nothing else claims its messages.
  const engine = useTestEngine(create, {}, []);
  let connector: Call;
  let outbox: SmsOutbox;
  let phone = 13700000000;
  const claim = (body: Record<string, unknown> = {}) => connector<Claimed>('POST', '/api/sms/outbox/claim', { claimer: 'test', limit: 50, ...body });
  /** A message the engine queues itself, as a 催办 copy is. */
  const engineQueued = async (key: string) => (await outbox.record({ key, phone: String((phone += 1)), content: `催办 ${key}` }, { outboxSends: true })).message.id;

  beforeAll(async () => {
    connector = await bearerUser(engine, 'claim-connector', ['connector']);
    outbox = new SmsOutbox(engine.running.dataSource, 100, async () => 'unused');
  });

  it('given engine-queued messages and one a connector job queued, when two senders claim at once, then each engine message goes to exactly one of them and the job’s never', async () => {
    const ids = [];
    for (let i = 0; i < 6; i += 1) ids.push(await engineQueued(`race-${i}`));
    const jobs = await connector<{ message: { id: string } }>('POST', '/api/sms/messages', { key: 'job-7/13800138000', phone: '13800138000', content: '由任务发送' });
    expect(jobs.status).toBe(201);

    const [a, b] = await Promise.all([claim({ claimer: 'sender-a' }), claim({ claimer: 'sender-b' })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const gotA = a.body.messages.map((m) => m.id);
    const gotB = b.body.messages.map((m) => m.id);
    expect(gotA.filter((id) => gotB.includes(id))).toEqual([]);
    expect([...gotA, ...gotB].sort()).toEqual([...ids].sort());
    expect(a.body.leaseSeconds).toBe(300);
  });

  it('given a claimed message, when claimed again within its lease, then no one gets it; when its sender died and the lease ran out, then it is claimed again', async () => {
    const id = await engineQueued('lease');
    expect((await claim({ leaseSeconds: 60 })).body.messages.map((m) => m.id)).toEqual([id]);
    expect((await claim()).body.messages).toEqual([]);

    // The lease running out (its sender crashed a while ago).
    await engine.running.dataSource.getRepository(SmsMessageEntity).update({ id }, { claimedUntil: new Date(Date.now() - 1000) });
    const again = await claim({ claimer: 'another-sender' });
    expect(again.body.messages.map((m) => [m.id, m.status])).toEqual([[id, 'queued']]);
  });

  it('given a claimed message reported sent, when its lease has run out, then it is never claimed again', async () => {
    const id = await engineQueued('sent');
    expect((await claim()).body.messages.map((m) => m.id)).toEqual([id]);
    expect((await connector('PATCH', `/api/sms/messages/${id}`, { status: 'sent', adapter: 'outbox' })).status).toBe(200);
    await engine.running.dataSource.getRepository(SmsMessageEntity).update({ id }, { claimedUntil: new Date(Date.now() - 1000) });
    expect((await claim()).body.messages).toEqual([]);
  });

  it.each([['admin'], ['supervisor'], ['agent'], ['auditor']])('given the role %s, when it claims, then it is refused (403) and nothing is claimed', async (role) => {
    const id = await engineQueued(`role-${role}`);
    const caller = await bearerUser(engine, `claim-${role}`, [role]);
    const refused = await caller<{ error: { code: string } }>('POST', '/api/sms/outbox/claim', { claimer: role });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    expect((await claim()).body.messages.map((m) => m.id)).toEqual([id]);
  });
});
