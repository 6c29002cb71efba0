import { SmsAdapter } from './types';

/**
 * The local default: the message stays in the engine's outbox (短信记录) and is marked sent there,
 * for demos, tests and sites that hand texts to an operator by other means.
 */
export function outboxAdapter(): SmsAdapter {
  return { name: 'outbox', send: async () => ({ providerMessageId: null }) };
}
