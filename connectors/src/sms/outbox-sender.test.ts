import { waitFor } from '../../test/support/operaton';
import { defaultAdapterSettings } from '../config';
import { useSmsAdapter } from './adapters';
import { SmsAdapter, SmsRejectedError } from './adapters/types';
import { fakeSmsEngine } from './fake-outbox';
import { sendClaimedBatch, startOutboxSender } from './outbox-sender';

const quiet = { info: () => undefined, warn: () => undefined };
const settings = defaultAdapterSettings().sms;

/** A gateway that is down for the first `down` sends and refuses one phone for good. */
function gateway(options: { down?: number; refuse?: string } = {}) {
  const sent: string[] = [];
  let down = options.down ?? 0;
  const adapter: SmsAdapter = {
    name: 'smpp',
    send: async (m) => {
      if (m.phone === options.refuse) throw new SmsRejectedError('SMSC refused the message (0x0000000b)');
      if (down-- > 0) throw new Error('SMSC connection refused');
      sent.push(m.phone);
      return { providerMessageId: `smsc-${sent.length}` };
    },
  };
  return { adapter, sent };
}

/** The connectors' outbox sender: the messages the engine queued itself (催办/督办 copies), sent with the SMS adapter. */
describe('the SMS outbox sender', () => {
  afterEach(() => useSmsAdapter(undefined));

  it('given two engine-queued messages and the local outbox adapter, when a round runs, then both are reported sent; the next round claims and sends nothing again', async () => {
    const { engine, messages, engineQueued } = fakeSmsEngine();
    engineQueued('13800138001', '【催办：GD1】请尽快处理');
    engineQueued('13900139000', '【督办：GD2】今日内办结');

    expect(await sendClaimedBatch({ engine, settings, logger: quiet })).toEqual({ claimed: 2, sent: 2, failed: 0 });
    expect(messages.map((m) => [m.phone, m.status, (m as { adapter?: string }).adapter])).toEqual([
      ['13800138001', 'sent', 'outbox'],
      ['13900139000', 'sent', 'outbox'],
    ]);
    expect(await sendClaimedBatch({ engine, settings, logger: quiet })).toEqual({ claimed: 0, sent: 0, failed: 0 });
    expect(engine.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });

  it('given a phone the provider refuses, when a round runs, then that message is failed with the reason and the other is sent', async () => {
    const { engine, messages, engineQueued } = fakeSmsEngine();
    const { adapter, sent } = gateway({ refuse: '13800138001' });
    await useSmsAdapter(adapter);
    engineQueued('13800138001', '催办');
    engineQueued('13900139000', '催办');

    expect(await sendClaimedBatch({ engine, settings, logger: quiet })).toEqual({ claimed: 2, sent: 1, failed: 1 });
    expect(messages.map((m) => [m.status, m.error ?? null, m.providerMessageId ?? null])).toEqual([
      ['failed', 'SMSC refused the message (0x0000000b)', null],
      ['sent', null, 'smsc-1'],
    ]);
    expect(sent).toEqual(['13900139000']);
  });

  it('given the gateway down, when a round runs, then it stops with the error and reports nothing; once the claim runs out and the gateway is back, the message is sent once', async () => {
    const { engine, messages, engineQueued, expireClaims } = fakeSmsEngine();
    const { adapter, sent } = gateway({ down: 1 });
    await useSmsAdapter(adapter);
    engineQueued('13800138001', '催办');
    engineQueued('13900139000', '催办');

    expect(await sendClaimedBatch({ engine, settings, logger: quiet })).toEqual({ claimed: 2, sent: 0, failed: 0, error: 'SMSC connection refused' });
    expect(messages.map((m) => m.status)).toEqual(['queued', 'queued']);
    // Still claimed: no other sender takes them before the lease runs out.
    expect((await sendClaimedBatch({ engine, settings, logger: quiet })).claimed).toBe(0);

    expireClaims();
    expect(await sendClaimedBatch({ engine, settings, logger: quiet })).toEqual({ claimed: 2, sent: 2, failed: 0 });
    expect(sent).toEqual(['13800138001', '13900139000']);
  });

  it('given the sender started and the gateway down at first, when the engine queues messages, then they end sent once the claim runs out and the back-off has passed', async () => {
    const { engine, messages, engineQueued } = fakeSmsEngine();
    const { adapter, sent } = gateway({ down: 1 });
    await useSmsAdapter(adapter);
    engineQueued('13800138001', '催办');
    engineQueued('13900139000', '督办');
    // A one-second lease, so the retry is the loop's own and not this test's.
    const running = startOutboxSender({ engine, settings: { ...settings, outboxPollSeconds: 1 }, logger: quiet, leaseSeconds: 1 });
    try {
      await waitFor('both messages sent', async () => (messages.every((m) => m.status === 'sent') ? true : undefined));
    } finally {
      await running.close();
    }
    expect(sent).toEqual(['13800138001', '13900139000']);
  });
});
