import * as smpp from 'smpp';
import { startTestSmsc } from '../test-smsc';
import { smppAdapter } from './smpp';
import { DeliveryReceipt, SmsRejectedError } from './types';

const waitFor = async <T>(check: () => T | undefined, ms = 5000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the SMPP adapter against a real SMPP server', () => {
  let smsc: Awaited<ReturnType<typeof startTestSmsc>>;
  let adapter: ReturnType<typeof smppAdapter>;
  const receipts: DeliveryReceipt[] = [];

  beforeEach(async () => {
    receipts.length = 0;
    smsc = await startTestSmsc();
    adapter = smppAdapter({ url: smsc.url, systemId: 'careflow', password: 'secret', sourceAddr: '10659001' }, async (r) => void receipts.push(r));
  });
  afterEach(async () => {
    await adapter.close?.();
    await smsc.close();
  });

  it('given a bound session, when a Chinese text is sent, then it goes as one UCS2 submit_sm asking for a receipt, and the receipt reports it delivered', async () => {
    const { providerMessageId } = await adapter.send({ id: 'm1', phone: '13800138000', content: '王秀英老人发起紧急呼叫，热线已处理。' });

    expect(adapter.bound).toBe(true);
    expect(smsc.submitted).toEqual([{ destination: '13800138000', dataCoding: 8, udh: undefined, text: '王秀英老人发起紧急呼叫，热线已处理。', registeredDelivery: 1 }]);
    expect(await waitFor(() => receipts[0])).toEqual({ providerMessageId, status: 'delivered' });
    expect(providerMessageId).toBe('MSG1000');
  });

  it('given a text longer than one SMS, when sent, then it is split into UCS2 parts with a concatenation header that rebuild the text', async () => {
    const content = '您好，'.repeat(50);
    await adapter.send({ id: 'm2', phone: '13800138000', content });

    const parts = smsc.submitted;
    expect(parts).toHaveLength(3);
    // The server hands each information element: IEI 0x00, length 3, reference, parts, part number.
    expect(parts.map((p) => [p.udh?.[0], p.udh?.[3], p.udh?.[4], p.dataCoding])).toEqual([[0x00, 3, 1, 8], [0x00, 3, 2, 8], [0x00, 3, 3, 8]]);
    expect(new Set(parts.map((p) => p.udh?.[2])).size).toBe(1);
    expect(parts.map((p) => p.text).join('')).toBe(content);
  });

  it('given a number the SMSC cannot deliver to, when the receipt comes, then it reports failed with the SMSC state', async () => {
    const { providerMessageId } = await adapter.send({ id: 'm3', phone: '13900000000', content: 'test' });
    expect(await waitFor(() => receipts[0])).toEqual({ providerMessageId, status: 'failed', error: 'SMSC: UNDELIV err:001' });
  });

  it('given the session is dropped, when the next message is sent, then the adapter binds again and sends it', async () => {
    await adapter.send({ id: 'm4', phone: '13800138000', content: 'one' });
    smsc.dropSessions();
    await waitFor(() => (adapter.bound ? undefined : true));
    await adapter.send({ id: 'm5', phone: '13800138000', content: 'two' });
    expect(smsc.binds()).toBe(2);
    expect(smsc.submitted.map((s) => s.text)).toEqual(['one', 'two']);
  });
});

describe('the SMPP adapter when the SMSC says no', () => {
  it('given a wrong password, when sending, then it fails operationally (a retry may find it fixed)', async () => {
    const smsc = await startTestSmsc();
    const adapter = smppAdapter({ url: smsc.url, systemId: 'careflow', password: 'wrong', sourceAddr: '' }, async () => undefined);
    try {
      const sending = adapter.send({ id: 'm1', phone: '13800138000', content: 'x' });
      await expect(sending).rejects.toThrow(/bind refused/);
      await expect(sending).rejects.not.toBeInstanceOf(SmsRejectedError);
      expect(smsc.submitted).toHaveLength(0);
    } finally {
      await adapter.close?.();
      await smsc.close();
    }
  });

  it.each([
    ['an invalid destination', smpp.ESME_RINVDSTADR, SmsRejectedError],
    ['throttling', smpp.ESME_RTHROTTLED, Error],
  ])('given the SMSC answers %s, when sending, then the error says whether to retry', async (_what, status, kind) => {
    const smsc = await startTestSmsc({ refuse: status });
    const adapter = smppAdapter({ url: smsc.url, systemId: 'careflow', password: 'secret', sourceAddr: '' }, async () => undefined);
    try {
      const error = await adapter.send({ id: 'm1', phone: '13800138000', content: 'x' }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(kind);
      expect(error instanceof SmsRejectedError).toBe(kind === SmsRejectedError);
    } finally {
      await adapter.close?.();
      await smsc.close();
    }
  });
});
