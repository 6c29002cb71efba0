import { parsePhone } from '@careflow/forms';
import { z } from 'zod';
import { SMS_STATUSES } from './entities';
import { SMS_MAX_LENGTH } from './render';

/** A mainland mobile number (only mobiles take text messages), normalised to its 11 digits. */
export const MobilePhone = z.string().transform((raw, ctx) => {
  const parsed = parsePhone(raw);
  if (parsed?.kind !== 'mobile') {
    ctx.addIssue({ code: 'custom', message: 'must be a mainland mobile number like 13800138000' });
    return z.NEVER;
  }
  return parsed.number;
});

export const SmsContent = z.string().trim().min(1, 'must not be empty').max(SMS_MAX_LENGTH, `at most ${SMS_MAX_LENGTH} characters`);

export const TemplateKey = z.string().regex(/^[A-Za-z][\w.-]{0,63}$/, 'a key like elder.alarm-notice');

export const NewSmsMessage = z.strictObject({
  key: z.string().min(1).max(200),
  caseId: z.string().max(36).nullish(),
  phone: MobilePhone,
  recipientName: z.string().trim().max(50).nullish(),
  content: SmsContent,
  templateKey: TemplateKey.nullish(),
  params: z.record(z.string(), z.string().max(200)).nullish(),
  source: z.string().max(64).nullish(),
});
export type NewSmsMessage = z.infer<typeof NewSmsMessage>;

const Adapter = z.string().regex(/^[a-z][\w-]{0,15}$/);

/** What an adapter reports: sent (with the provider's id), delivered, or failed (with why). */
export const SmsStatusUpdate = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('sent'), adapter: Adapter, providerMessageId: z.string().min(1).max(128).nullish() }),
  z.strictObject({ status: z.literal('delivered') }),
  z.strictObject({ status: z.literal('failed'), error: z.string().min(1).max(500), adapter: Adapter.optional() }),
]);
export type SmsStatusUpdate = z.infer<typeof SmsStatusUpdate>;

export const SmsReceipt = z.strictObject({
  providerMessageId: z.string().min(1).max(128),
  status: z.enum(['delivered', 'failed']),
  error: z.string().max(500).optional(),
});
export type SmsReceipt = z.infer<typeof SmsReceipt>;

export const SmsListQuery = z.object({
  recipient: z.string().max(20).optional(),
  caseId: z.string().max(36).optional(),
  status: z.enum(SMS_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type SmsListQuery = z.infer<typeof SmsListQuery>;

export const TemplateInput = z.strictObject({
  key: TemplateKey,
  name: z.string().trim().min(1).max(100),
  content: SmsContent,
});

export const RenderInput = z.strictObject({ params: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).default({}) });
