/** One message as an adapter sends it: the outbox row's id, the phone and the final text. */
export interface OutgoingSms {
  id: string;
  phone: string;
  content: string;
  templateKey?: string | null;
  params?: Record<string, string> | null;
}

/** What the provider said when it took the message. */
export interface Submitted {
  providerMessageId: string | null;
}

/** A later delivery report from the provider, matched to the message by the provider's id. */
export interface DeliveryReceipt {
  providerMessageId: string;
  status: 'delivered' | 'failed';
  error?: string;
}

/**
 * How a text message leaves CareFlow. `send` throws SmsRejectedError when the provider refuses
 * this message for good (the message is marked failed); any other error is operational and the job
 * is retried.
 */
export interface SmsAdapter {
  readonly name: 'outbox' | 'smpp' | 'aliyun';
  send(message: OutgoingSms): Promise<Submitted>;
  close?(): Promise<void>;
}

/** The provider refused this one message (bad number, blocked content): retrying will not help. */
export class SmsRejectedError extends Error {
  override name = 'SmsRejectedError';
}
