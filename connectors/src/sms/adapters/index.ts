import { SmsSettings } from '../../config';
import type { EngineClient } from '../../runtime/engine-client';
import { aliyunAdapter } from './aliyun';
import { outboxAdapter } from './outbox';
import { postReceipt } from './receipts';
import { smppAdapter } from './smpp';
import { SmsAdapter } from './types';

let current: SmsAdapter | undefined;
/** The settings the current adapter was made from; a host set in code (useSmsAdapter) has none. */
let madeFrom: SmsSettings | undefined;
/** Receipts arrive outside any job: they are posted with the engine client the last send used. */
let receiptEngine: EngineClient | undefined;

/** The adapter the connectors' config names (SMS_ADAPTER), made once per settings (an SMPP session is kept open). */
export function smsAdapter(settings: SmsSettings): SmsAdapter {
  if (current && (madeFrom === undefined || madeFrom === settings)) return current;
  void current?.close?.();
  current = createSmsAdapter(settings);
  madeFrom = settings;
  return current;
}

/** Made from the adapter's own settings only (a host building one in code need not know the sender's). */
export function createSmsAdapter(settings: Pick<SmsSettings, 'adapter' | 'smpp' | 'aliyun'>): SmsAdapter {
  switch (settings.adapter) {
    case 'smpp':
      return smppAdapter(settings.smpp, async (receipt) => {
        if (!receiptEngine) throw new Error('No engine client yet for SMPP receipts');
        await postReceipt(receiptEngine, receipt);
      });
    case 'aliyun':
      return aliyunAdapter(settings.aliyun);
    default:
      return outboxAdapter();
  }
}

/** Replaces the process's adapter (tests, or a host that builds its own); closes the one before. */
export async function useSmsAdapter(adapter: SmsAdapter | undefined): Promise<void> {
  const before = current;
  current = adapter;
  madeFrom = undefined;
  if (before && before !== adapter) await before.close?.();
}

export function rememberReceiptEngine(engine: EngineClient): void {
  receiptEngine = engine;
}
