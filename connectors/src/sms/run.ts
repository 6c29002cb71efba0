import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError } from '../runtime/errors';
import { normaliseMobile } from './mask';
import { sendSms } from './send';

export type RecipientsInput = (string | { phone: string; name?: string })[] | { relativesOf: string };

export interface SmsInput {
  recipients: RecipientsInput;
  template?: string;
  params?: Record<string, string | number>;
  content?: string;
}

interface Recipient {
  phone: string;
  name: string | null;
}

/** Resolves the recipients and sends to each phone once (the engine renders a template as it queues); failures are counted, not thrown. */
export async function runSms(input: SmsInput, ctx: ConnectorContext) {
  const recipients = await resolveRecipients(input.recipients, ctx);
  if (recipients.length === 0) throw new ConnectorBpmnError('NO_RECIPIENTS', 'There is no one to send the SMS to');
  const params = input.params ? Object.fromEntries(Object.entries(input.params).map(([k, v]) => [k, String(v)])) : null;
  const results = [];
  for (const r of recipients) {
    results.push(await sendSms(ctx, { phone: r.phone, recipientName: r.name, content: input.content, templateKey: input.template ?? null, params }));
  }
  const failed = results.filter((r) => r.status === 'failed').length;
  return { sms: { sent: results.length - failed, failed, messageIds: results.map((r) => r.messageId) } };
}

async function resolveRecipients(input: RecipientsInput, ctx: ConnectorContext): Promise<Recipient[]> {
  let list: Recipient[];
  if (Array.isArray(input)) {
    list = input.map((r) => (typeof r === 'string' ? { phone: r, name: null } : { phone: r.phone, name: r.name ?? null }));
  } else {
    try {
      const found = await ctx.engine.get<{ recipients: { phone: string; name: string }[] }>(`/api/sms/recipients?elderId=${encodeURIComponent(input.relativesOf)}`);
      list = found.recipients.map((r) => ({ phone: r.phone, name: r.name }));
    } catch (error) {
      if (error instanceof EngineRequestError && error.status === 404) throw new ConnectorBpmnError('NO_RECIPIENTS', `Elder ${input.relativesOf} was not found`);
      throw error;
    }
  }
  // One message per phone, even when two relatives share a number.
  const seen = new Set<string>();
  return list.flatMap((r) => {
    const phone = normaliseMobile(r.phone) ?? r.phone;
    if (seen.has(phone)) return [];
    seen.add(phone);
    return [{ ...r, phone }];
  });
}
