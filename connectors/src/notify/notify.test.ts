import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError } from '../runtime/errors';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { notifyConnector } from './descriptor';
import { notifyUsers, NotifyInput } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const recipients = [
  { userId: 'u1', username: 'zhang', displayName: '张', phone: '13800138000' },
  { userId: 'u2', username: 'li', displayName: '李', phone: null },
];
const input: NotifyInput = { users: ['zhang'], groups: ['supervisors'], groupHeads: [], title: '紧急呼叫未接通', body: '请尽快处理', level: 'urgent', sms: true };

function run(engine: MemoryEngine, sendSms: (ctx: unknown, m: { phone: string; content: string }) => Promise<unknown>, given = input) {
  const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:notify:1', variables: { caseId: 'case-9' }, engine, logger: quiet, signal: new AbortController().signal });
  return { result: notifyUsers(given, ctx, { sendSms } as never), notes };
}

describe('notify connector', () => {
  it('given users and a group, when run with sms, then one keyed notification is sent and each recipient with a phone gets the text', async () => {
    const engine = new MemoryEngine().on('POST', '/api/notifications', () => ({ recipients }));
    const texts: { phone: string; content: string }[] = [];
    const { result, notes } = run(engine, async (_c, m) => void texts.push(m));

    expect(await result).toEqual({ notification: { recipients: 2, sms: 1 } });
    expect(engine.requests.find((r) => r.method === 'POST')?.body).toEqual({ key: testJob().idempotencyKey, caseId: 'case-9', users: ['zhang'], groups: ['supervisors'], title: '紧急呼叫未接通', body: '请尽快处理', level: 'urgent' });
    expect(texts).toEqual([{ phone: '13800138000', content: '紧急呼叫未接通：请尽快处理', recipientName: 'zhang' }]);
    expect(notes[0]).toEqual({ what: 'notification.sent', to: ['zhang', 'li'], result: 'urgent' });
  });

  it('given sms is off, when run, then no text is sent', async () => {
    const engine = new MemoryEngine().on('POST', '/api/notifications', () => ({ recipients }));
    const texts: unknown[] = [];
    expect(await run(engine, async (_c, m) => void texts.push(m), { ...input, sms: false }).result).toEqual({ notification: { recipients: 2, sms: 0 } });
    expect(texts).toEqual([]);
  });

  it('given a rate-limited phone, when run, then the notification still counts and the skip is noted', async () => {
    const engine = new MemoryEngine().on('POST', '/api/notifications', () => ({ recipients }));
    const { result, notes } = run(engine, async () => {
      throw new ConnectorBpmnError('SMS_RATE_LIMITED', 'too many');
    });
    expect(await result).toEqual({ notification: { recipients: 2, sms: 0 } });
    expect(notes.at(-1)).toMatchObject({ what: 'notification.sms_skipped', result: 'SMS_RATE_LIMITED' });
  });

  it('given unknown recipients, when run, then it is the BPMN error NO_RECIPIENT', async () => {
    const engine = new MemoryEngine().on('POST', '/api/notifications', () => {
      throw new EngineRequestError(400, 'invalid_input', 'no user wang');
    });
    await expect(run(engine, async () => undefined).result).rejects.toMatchObject({ errorCode: 'NO_RECIPIENT' });
  });

  it('given the job runs twice, when run, then the engine is asked once', async () => {
    let posts = 0;
    const engine = new MemoryEngine().on('POST', '/api/notifications', () => ((posts += 1), { recipients }));
    await run(engine, async () => undefined).result;
    await run(engine, async () => undefined).result;
    expect(posts).toBe(1);
  });

  it.each([
    ['users only', { users: ['zhang'], title: 't' }, true],
    ['groups only', { groups: ['agents'], title: 't', level: 'warning' }, true],
    ['no recipients', { title: 't' }, false],
    ['no title', { users: ['zhang'] }, false],
    ['an unknown level', { users: ['zhang'], title: 't', level: 'panic' }, false],
  ])('given %s, when the input is parsed, then it is accepted only when valid', (_what, given, ok) => {
    expect(notifyConnector.input.safeParse(given).success).toBe(ok);
  });
});
