import { z } from 'zod';
import { parsePhone } from '../domain/phone';
import { timestamp } from '../wire';

/** queued → sent → delivered | failed; a status only ever moves forward. */
export const SMS_STATUSES = ['queued', 'sent', 'delivered', 'failed'] as const;
export const smsStatus = z.enum(SMS_STATUSES);
export type SmsStatus = z.infer<typeof smsStatus>;

/** The longest text one SMS request may carry (long messages are split by the adapter). */
export const SMS_MAX_LENGTH = 500;

/** A mainland mobile number (only mobiles take text messages), normalised to its 11 digits. */
export const smsMobilePhone = z.string().transform((raw, ctx) => {
  const parsed = parsePhone(raw);
  if (parsed?.kind !== 'mobile') {
    ctx.addIssue({ code: 'custom', message: 'must be a mainland mobile number like 13800138000' });
    return z.NEVER;
  }
  return parsed.number;
});

export const smsContent = z.string().trim().min(1, 'must not be empty').max(SMS_MAX_LENGTH, `at most ${SMS_MAX_LENGTH} characters`);

export const smsTemplateKey = z.string().regex(/^[A-Za-z][\w.-]{0,63}$/, 'a key like elder.alarm-notice');

/**
 * POST /api/sms/messages: one SMS for the outbox, idempotent by key. Its text is the content given,
 * or the template rendered with the params when the message is queued (one call for the sender).
 */
export const newSmsMessageBody = z
  .strictObject({
    key: z.string().min(1).max(200),
    caseId: z.string().max(36).nullish(),
    phone: smsMobilePhone,
    recipientName: z.string().trim().max(50).nullish(),
    content: smsContent.optional(),
    templateKey: smsTemplateKey.nullish(),
    params: z.record(z.string(), z.string().max(200)).nullish(),
    source: z.string().max(64).nullish(),
  })
  .refine((b) => b.content !== undefined || !!b.templateKey, { path: ['content'], message: 'give the content, or a templateKey to render' });

const adapter = z.string().regex(/^[a-z][\w-]{0,15}$/);

/** PATCH /api/sms/messages/:id: what an adapter reports: sent (with the provider's id), delivered, or failed (with why). */
export const smsStatusUpdateBody = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('sent'), adapter, providerMessageId: z.string().min(1).max(128).nullish() }),
  z.strictObject({ status: z.literal('delivered') }),
  z.strictObject({ status: z.literal('failed'), error: z.string().min(1).max(500), adapter: adapter.optional() }),
]);

/** POST /api/sms/receipts: a delivery receipt from the SMS provider. */
export const smsReceiptBody = z.strictObject({
  providerMessageId: z.string().min(1).max(128),
  status: z.enum(['delivered', 'failed']),
  error: z.string().max(500).optional(),
});

/**
 * POST /api/sms/outbox/claim: the connectors' outbox sender takes a batch of the messages the engine
 * queued itself (no connector job sends them) for `leaseSeconds`; a sender that dies lets its claims
 * run out and another takes them. The lease must outlast sending the whole batch.
 */
export const smsClaimBody = z.strictObject({
  /** Who claims (a process's name, for the record and the logs). */
  claimer: z.string().trim().min(1).max(60),
  limit: z.number().int().min(1).max(50).default(10),
  leaseSeconds: z.number().int().min(10).max(3600).default(300),
});

/** GET /api/sms: the outbox, by recipient, case and status (paged). */
export const smsListQuery = z.object({
  recipient: z.string().max(20).optional(),
  caseId: z.string().max(36).optional(),
  /** The case's number (工单编号), as people know it. */
  caseNumber: z.string().trim().min(1).max(40).optional(),
  status: smsStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** GET /api/sms/recipients. */
export const smsRecipientsQuery = z.object({ elderId: z.string().min(1).max(36) });

/** POST /api/sms-templates (PUT /api/sms-templates/:key: the same without the key). */
export const smsTemplateBody = z.strictObject({
  key: smsTemplateKey,
  name: z.string().trim().min(1).max(100),
  content: smsContent,
});
export const smsTemplateChangeBody = smsTemplateBody.omit({ key: true });

/** POST /api/sms-templates/:key/render: the parameters (numbers are taken as their text). */
export const renderSmsBody = z.strictObject({ params: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).default({}) });

/** One text message to one phone: the outbox row every adapter reports to. */
export const smsMessageView = z.object({
  id: z.string(),
  /** The sender's idempotency key (job key + phone). */
  key: z.string(),
  caseId: z.string().nullable(),
  /** The case's area path when it was queued. */
  areaPath: z.string().nullable(),
  /** Masked for roles that see masked files. */
  phone: z.string(),
  recipientName: z.string().nullable(),
  /** The text as sent, already rendered. */
  content: z.string(),
  templateKey: z.string().nullable(),
  /** null for roles that see masked files. */
  params: z.record(z.string(), z.string()).nullable(),
  /** Which adapter sent it (outbox, smpp, aliyun); null while queued. */
  adapter: z.string().nullable(),
  /** Where it came from (a connector id, a user). */
  source: z.string().nullable(),
  status: smsStatus,
  providerMessageId: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
  deliveredAt: timestamp.nullable(),
});

/** 短信模板: text with {{param}} placeholders. */
export const smsTemplateView = z.object({
  key: z.string(),
  name: z.string(),
  content: z.string(),
  /** The placeholder names in the content, in order of first use. */
  params: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** The outbox lists messages with their case's number, to show and to link. */
export const smsListLine = smsMessageView.extend({ caseNumber: z.string().nullable() });
export const smsPage = z.object({ messages: z.array(smsListLine), total: z.number().int() });
export const smsMessageAnswer = z.object({ message: smsMessageView });
/** The claimed messages (oldest first) and how long the claim holds. */
export const smsClaimAnswer = z.object({ messages: z.array(smsMessageView), leaseSeconds: z.number().int() });
/** An elder's relatives as SMS recipients, in call order; those without a mobile listed apart. */
export const smsRecipientsAnswer = z.object({
  elder: z.object({ id: z.string(), name: z.string() }),
  recipients: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  withoutMobile: z.array(z.string()),
});
export const smsTemplateListAnswer = z.object({ templates: z.array(smsTemplateView) });
export const smsTemplateAnswer = z.object({ template: smsTemplateView });
export const renderSmsAnswer = z.object({ content: z.string(), templateKey: z.string() });
