import { z } from 'zod';
import { connectorsEnvSchema, smsSettings, SmsSettings } from '../../config';
import type { EngineClient } from '../../runtime/engine-client';
import { aliyunAdapter } from './aliyun';
import { outboxAdapter } from './outbox';
import { postReceipt } from './receipts';
import { smppAdapter } from './smpp';
import { SmsAdapter } from './types';

let current: SmsAdapter | undefined;
/** Receipts arrive outside any job: they are posted with the engine client the last send used. */
let receiptEngine: EngineClient | undefined;

/** The adapter SMS_ADAPTER names, made once per process (an SMPP session is kept open). */
export function smsAdapter(): SmsAdapter {
  current ??= createSmsAdapter(loadSettings());
  return current;
}

export function createSmsAdapter(settings: SmsSettings): SmsAdapter {
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
  if (before && before !== adapter) await before.close?.();
}

export function rememberReceiptEngine(engine: EngineClient): void {
  receiptEngine = engine;
}

// The runtime hands connectors no configuration yet, so the SMS settings are read like the
// connectors' other variables, from the environment, with the same schema and defaults.
function loadSettings(): SmsSettings {
  const env = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = z.object(connectorsEnvSchema).safeParse(env);
  if (!parsed.success) throw new Error(`SMS settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return smsSettings(parsed.data);
}
