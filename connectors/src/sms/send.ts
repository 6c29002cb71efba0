import type { SmsSettings } from '../config';
import type { ConnectorContext } from '../runtime/context';
import { EngineClient, EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';
import { rememberReceiptEngine, smsAdapter } from './adapters';
import { OutgoingSms, SmsRejectedError } from './adapters/types';
import { maskMobile, normaliseMobile } from './mask';

/** A text to send: its content, or a template the engine renders with the params when it queues it. */
export interface SmsToSend {
  phone: string;
  content?: string;
  recipientName?: string | null;
  templateKey?: string | null;
  params?: Record<string, string> | null;
}

export interface SmsResult {
  messageId: string;
  phone: string;
  status: 'sent' | 'delivered' | 'failed';
  error?: string;
}

interface StoredMessage {
  id: string;
  content: string;
  status: 'queued' | 'sent' | 'delivered' | 'failed';
  error: string | null;
}

/**
 * Sends one text through the outbox, at most once per job and phone: the outbox row is keyed by
 * the job's idempotency key and the phone (queuing it again returns it, with what became of it),
 * the provider call is its own once-step, and the status is reported back. A retried job finds
 * what the first attempt did. Reused by other connectors (notify, dispatch) for their SMS.
 * Round trips: queue (the engine renders a template then), the once-step's look-up and record,
 * the status report.
 *
 * Raises SMS_RATE_LIMITED (BPMN error) when the phone had too many messages this hour; a number
 * that is no mobile is input that can never work.
 */
export async function sendSms(ctx: ConnectorContext, sms: SmsToSend): Promise<SmsResult> {
  const phone = normaliseMobile(sms.phone);
  if (!phone) throw new ConnectorInputError(`${maskMobile(sms.phone)} is not a mainland mobile number`);
  const result = await deliver(ctx, phone, sms);
  ctx.note({ what: 'sms.sent', to: [maskMobile(phone)], result: result.status, detail: { messageId: result.messageId, ...(result.error ? { error: result.error } : {}) } });
  return result;
}

async function deliver(ctx: ConnectorContext, phone: string, sms: SmsToSend): Promise<SmsResult> {
  const message = await queue(ctx, phone, sms);
  // Queued before (a retried job): what became of it is the answer, unless it still waits to be sent.
  if (message.status !== 'queued') return { messageId: message.id, phone, status: message.status, ...(message.error ? { error: message.error } : {}) };
  const queued = { id: message.id, phone, content: message.content, templateKey: sms.templateKey, params: sms.params };
  return submitQueued(ctx.engine, ctx.settings.sms, queued, (effect) => ctx.once(`sms:${phone}:submit`, effect));
}

/**
 * Sends one queued outbox row with the process's adapter and reports `sent` (with the provider's
 * id) or `failed` (the provider refused it for good) to the engine. Operational errors (the gateway
 * down) are thrown, the row stays queued, and the caller retries. `once` keeps the provider call to
 * one: a job's once-step; the outbox sender's claim lease stands in for it.
 */
export async function submitQueued(engine: EngineClient, settings: SmsSettings, message: OutgoingSms, once: Once = (effect) => effect()): Promise<SmsResult> {
  const adapter = smsAdapter(settings);
  rememberReceiptEngine(engine);
  const submitted = await once(async () => {
    try {
      return { ok: true as const, providerMessageId: (await adapter.send(message)).providerMessageId };
    } catch (error) {
      if (error instanceof SmsRejectedError) return { ok: false as const, error: error.message };
      throw error;
    }
  });
  if (!submitted.ok) {
    await engine.patch(`/api/sms/messages/${message.id}`, { status: 'failed', error: submitted.error, adapter: adapter.name });
    return { messageId: message.id, phone: message.phone, status: 'failed', error: submitted.error };
  }
  await engine.patch(`/api/sms/messages/${message.id}`, { status: 'sent', adapter: adapter.name, providerMessageId: submitted.providerMessageId });
  return { messageId: message.id, phone: message.phone, status: 'sent' };
}

type Submission = { ok: true; providerMessageId: string | null } | { ok: false; error: string };
type Once = (effect: () => Promise<Submission>) => Promise<Submission>;

async function queue(ctx: ConnectorContext, phone: string, sms: SmsToSend): Promise<StoredMessage> {
  const body = {
    key: `${ctx.job.idempotencyKey}/${phone}`,
    caseId: ctx.caseId,
    phone,
    recipientName: sms.recipientName ?? null,
    ...(sms.content === undefined ? {} : { content: sms.content }),
    templateKey: sms.templateKey ?? null,
    params: sms.params ?? null,
    source: ctx.job.elementId,
  };
  try {
    return (await ctx.engine.post<{ message: StoredMessage }>('/api/sms/messages', body)).message;
  } catch (error) {
    if (error instanceof EngineRequestError && error.code === 'sms_rate_limited') {
      ctx.note({ what: 'sms.rate_limited', to: [maskMobile(phone)], result: 'rate_limited' });
      throw new ConnectorBpmnError('SMS_RATE_LIMITED', `${maskMobile(phone)} has had too many messages this hour`);
    }
    // A bad number or text, an unknown template or a parameter it needs: input that can never work.
    if (error instanceof EngineRequestError && (error.status === 400 || error.status === 404)) {
      const fields = Array.isArray(error.details) ? ` (${(error.details as { path: string }[]).map((d) => d.path).join(', ')})` : '';
      throw new ConnectorInputError(`The SMS was refused: ${error.message}${fields}`);
    }
    throw error;
  }
}
