import { runConnector } from '../runtime/outcome';
import { ConnectorDescriptor } from '../runtime/descriptor';
import { testJob, testRunDeps } from '../../test/support/jobs';
import { useSmsAdapter } from './adapters';
import { OutgoingSms, SmsAdapter, SmsRejectedError } from './adapters/types';
import { smsConnector } from './descriptor';
import { fakeSmsEngine } from './fake-outbox';
import { startTestSmsc } from './test-smsc';
import { defaultAdapterSettings } from '../config';

const connector = smsConnector as unknown as ConnectorDescriptor;

/** An adapter that records what it sends and can fail the first n calls, operationally or for good. */
function recordingAdapter(failures: { count?: number; rejectPhone?: string } = {}) {
  const sent: OutgoingSms[] = [];
  let remaining = failures.count ?? 0;
  const adapter: SmsAdapter = {
    name: 'smpp',
    send: async (message) => {
      if (message.phone === failures.rejectPhone) throw new SmsRejectedError('SMSC refused the message (0x0000000b)');
      if (remaining-- > 0) throw new Error('SMSC connection reset');
      sent.push(message);
      return { providerMessageId: `smsc-${sent.length}` };
    },
  };
  return { adapter, sent };
}

describe('the SMS connector', () => {
  afterEach(() => useSmsAdapter(undefined));

  it('given two phones and plain content, when run, then each is queued, sent once and reported sent; the timeline notes masked phones', async () => {
    const { engine, messages } = fakeSmsEngine();
    const { adapter, sent } = recordingAdapter();
    await useSmsAdapter(adapter);
    const { outcome, notes } = await runConnector(connector, { caseId: 'c-1', recipients: ['13800138000', '+86 139-0013-9000'], content: '您好，救助人员已出发。' }, testJob(), testRunDeps(engine));

    expect(outcome).toEqual({ kind: 'complete', variables: { sms: { sent: 2, failed: 0, messageIds: ['m1', 'm2'] } } });
    expect(sent.map((s) => [s.id, s.phone, s.content])).toEqual([['m1', '13800138000', '您好，救助人员已出发。'], ['m2', '13900139000', '您好，救助人员已出发。']]);
    expect(messages.map((m) => [m.key, m.status, m.providerMessageId])).toEqual([
      ['careflow:test:1/2251799813685295/13800138000', 'sent', 'smsc-1'],
      ['careflow:test:1/2251799813685295/13900139000', 'sent', 'smsc-2'],
    ]);
    expect(notes.map((n) => n.to)).toEqual([['138****8000'], ['139****9000']]);
  });

  it('given the SMSC down on the first attempt, when the job is retried, then the message is queued once, sent once and the job completes', async () => {
    const { engine, messages } = fakeSmsEngine();
    const { adapter, sent } = recordingAdapter({ count: 1 });
    await useSmsAdapter(adapter);
    const deps = testRunDeps(engine);
    const input = { recipients: ['13800138000'], content: '您好' };
    const first = await runConnector(connector, input, testJob(3), deps);
    const second = await runConnector(connector, input, testJob(2), deps);

    expect(first.outcome).toMatchObject({ kind: 'fail', retries: 2, errorMessage: 'SMSC connection reset' });
    expect(second.outcome).toEqual({ kind: 'complete', variables: { sms: { sent: 1, failed: 0, messageIds: ['m1'] } } });
    expect(messages).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it("given an elder's relatives and a template, when run, then the engine's recipients get the rendered text", async () => {
    const { engine, messages } = fakeSmsEngine({
      relatives: { 'elder-1': [{ name: '刘建国', phone: '13905310001' }, { name: '刘建华', phone: '13905310002' }] },
      templates: { 'alarm.notice': '{{elder}}发起紧急呼叫，热线已处理。' },
    });
    await useSmsAdapter(recordingAdapter().adapter);
    const { outcome } = await runConnector(connector, { recipients: { relativesOf: 'elder-1' }, template: 'alarm.notice', params: { elder: '王秀英' } }, testJob(), testRunDeps(engine));

    expect(outcome).toMatchObject({ kind: 'complete', variables: { sms: { sent: 2 } } });
    expect(messages.map((m) => [m.recipientName, m.phone, m.content])).toEqual([
      ['刘建国', '13905310001', '王秀英发起紧急呼叫，热线已处理。'],
      ['刘建华', '13905310002', '王秀英发起紧急呼叫，热线已处理。'],
    ]);
  });

  it("given one relative and a template, when run, then the connector asks the engine for the recipients, queues (the engine renders), records the send once and reports it: five calls", async () => {
    const { engine, messages } = fakeSmsEngine({ relatives: { 'elder-1': [{ name: '刘建国', phone: '13905310001' }] }, templates: { 'alarm.notice': '{{elder}}发起紧急呼叫。' } });
    await useSmsAdapter(recordingAdapter().adapter);
    await runConnector(connector, { recipients: { relativesOf: 'elder-1' }, template: 'alarm.notice', params: { elder: '王秀英' } }, testJob(), testRunDeps(engine));

    expect(messages.map((m) => [m.content, m.status])).toEqual([['王秀英发起紧急呼叫。', 'sent']]);
    expect(engine.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '').replace(/connector-effects\/.+$/, 'connector-effects/…')}`)).toEqual([
      'GET /api/sms/recipients',
      'POST /api/sms/messages',
      'GET /api/connector-effects/…',
      'PUT /api/connector-effects/…',
      'PATCH /api/sms/messages/m1',
    ]);
  });

  it('given the connectors config naming SMPP, when a job runs, then its text goes to that SMSC (not to the environment’s adapter) and the outbox says sent', async () => {
    const smsc = await startTestSmsc();
    try {
      const { engine, messages } = fakeSmsEngine();
      const defaults = defaultAdapterSettings();
      const settings = { ...defaults, sms: { ...defaults.sms, adapter: 'smpp' as const, smpp: { url: smsc.url, systemId: 'careflow', password: 'secret', sourceAddr: '10659001' } } };
      const { outcome } = await runConnector(connector, { recipients: ['13800138000'], content: '您好，救助人员已出发。' }, testJob(), { ...testRunDeps(engine), settings });

      expect(outcome).toEqual({ kind: 'complete', variables: { sms: { sent: 1, failed: 0, messageIds: ['m1'] } } });
      expect(smsc.submitted.map((m) => [m.destination, m.text])).toEqual([['13800138000', '您好，救助人员已出发。']]);
      expect(messages.map((m) => [m.status, m.providerMessageId])).toEqual([['sent', 'MSG1000']]);
    } finally {
      await useSmsAdapter(undefined);
      await smsc.close();
    }
  });

  it('given an unknown template, when run, then the job fails with no retries and nothing is queued', async () => {
    const { engine, messages } = fakeSmsEngine();
    const { outcome } = await runConnector(connector, { recipients: ['13800138000'], template: 'no.such', params: {} }, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'fail', retries: 0, errorMessage: expect.stringContaining('SMS template no.such was not found') });
    expect(messages).toHaveLength(0);
  });

  it('given an elder without relatives or an unknown elder, when run, then BPMN error NO_RECIPIENTS and nothing is queued', async () => {
    const { engine, messages } = fakeSmsEngine({ relatives: { lonely: [] } });
    for (const elderId of ['lonely', 'nobody']) {
      const { outcome } = await runConnector(connector, { recipients: { relativesOf: elderId }, content: '您好' }, testJob(), testRunDeps(engine));
      expect(outcome).toMatchObject({ kind: 'bpmnError', errorCode: 'NO_RECIPIENTS' });
    }
    expect(messages).toHaveLength(0);
  });

  it('given a phone over its hourly limit, when run, then BPMN error SMS_RATE_LIMITED', async () => {
    const { engine } = fakeSmsEngine({ limit: 0 });
    await useSmsAdapter(recordingAdapter().adapter);
    const { outcome } = await runConnector(connector, { recipients: ['13800138000'], content: '您好' }, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'bpmnError', errorCode: 'SMS_RATE_LIMITED' });
  });

  it('given the SMSC refuses one number for good, when run, then that message is failed and counted, the others are sent', async () => {
    const { engine, messages } = fakeSmsEngine();
    await useSmsAdapter(recordingAdapter({ rejectPhone: '13900139000' }).adapter);
    const { outcome } = await runConnector(connector, { recipients: ['13800138000', '13900139000'], content: '您好' }, testJob(), testRunDeps(engine));

    expect(outcome).toEqual({ kind: 'complete', variables: { sms: { sent: 1, failed: 1, messageIds: ['m1', 'm2'] } } });
    expect(messages[1]).toMatchObject({ status: 'failed', error: 'SMSC refused the message (0x0000000b)' });
  });

  it('given a template parameter missing, when run, then the job fails with no retries naming it, and nothing is queued', async () => {
    const { engine, messages } = fakeSmsEngine({ templates: { 'alarm.notice': '{{elder}}{{time}}' } });
    const { outcome } = await runConnector(connector, { recipients: ['13800138000'], template: 'alarm.notice', params: { elder: '王秀英' } }, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'fail', retries: 0, errorMessage: expect.stringContaining('params.time') });
    expect(messages).toHaveLength(0);
  });

  it.each([
    ['a landline among the phones', { recipients: ['053188001234'], content: '您好' }],
    ['both template and content', { recipients: ['13800138000'], content: '您好', template: 'x' }],
    ['neither template nor content', { recipients: ['13800138000'] }],
    ['content of 501 characters', { recipients: ['13800138000'], content: '字'.repeat(501) }],
    ['recipients that are neither a list nor relativesOf', { recipients: '13800138000', content: '您好' }],
  ])('given %s, when run, then BPMN error INVALID_INPUT and nothing is queued', async (_what, input) => {
    const { engine, messages } = fakeSmsEngine();
    const { outcome } = await runConnector(connector, input, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'bpmnError', errorCode: 'INVALID_INPUT' });
    expect(messages).toHaveLength(0);
  });
});
