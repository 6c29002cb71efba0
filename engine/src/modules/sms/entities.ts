import { EntitySchema } from 'typeorm';
import type { SmsStatus } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** queued → sent → delivered | failed; a status only ever moves forward. */
export { SMS_STATUSES } from '@careflow/contracts';
export type { SmsStatus };

/** One text message to one phone: the outbox row every adapter reports to. */
export interface SmsMessage {
  id: string;
  /** The sender's idempotency key (job key + phone): the same key never makes a second row. */
  key: string;
  caseId: string | null;
  /** The case's area path when it was queued: area scope applies to the outbox as to cases. */
  areaPath: string | null;
  /** Full number; masked when shown to roles that see masked files. */
  phone: string;
  recipientName: string | null;
  /** The text as sent, already rendered. */
  content: string;
  templateKey: string | null;
  params: Record<string, string> | null;
  /** Which adapter sent it (outbox, smpp, aliyun); null while queued. */
  adapter: string | null;
  /** Where it came from (a connector id, a user), for the record. */
  source: string | null;
  status: SmsStatus;
  providerMessageId: string | null;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  /** Queued by the engine itself (no connector job sends it): the connectors' outbox sender claims and sends it. */
  outboxSends: boolean;
  /** The outbox sender holding it, until claimedUntil; an expired claim may be taken again. */
  claimedBy: string | null;
  claimedUntil: Date | null;
}

/** 短信模板: text with {{param}} placeholders, managed in the web app. */
export interface SmsTemplate {
  key: string;
  name: string;
  content: string;
  /** The placeholder names in the content, in order of first use. */
  params: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const SmsMessageEntity = new EntitySchema<SmsMessage>({
  name: 'SmsMessage',
  tableName: 'sms_messages',
  columns: {
    id: column.id(),
    key: named('idem_key', column.text(200)),
    caseId: named('case_id', column.text(36, true)),
    areaPath: named('area_path', column.text(200, true)),
    phone: column.text(20),
    recipientName: named('recipient_name', column.text(50, true)),
    content: column.longText(),
    templateKey: named('template_key', column.text(64, true)),
    params: column.json(true),
    adapter: column.text(16, true),
    source: column.text(64, true),
    status: column.text(16),
    providerMessageId: named('provider_message_id', column.text(128, true)),
    error: column.text(500, true),
    createdAt: named('created_at', column.time()),
    sentAt: named('sent_at', column.time(true)),
    deliveredAt: named('delivered_at', column.time(true)),
    outboxSends: named('outbox_sends', { type: 'boolean', default: false }),
    claimedBy: named('claimed_by', column.text(100, true)),
    claimedUntil: named('claimed_until', column.time(true)),
  },
  uniques: [{ name: 'uq_sms_messages_key', columns: ['key'] }],
  indices: [
    { name: 'ix_sms_messages_phone_created', columns: ['phone', 'createdAt'] },
    { name: 'ix_sms_messages_case', columns: ['caseId'] },
    { name: 'ix_sms_messages_provider_id', columns: ['providerMessageId'] },
    { name: 'ix_sms_messages_claim', columns: ['status', 'outboxSends', 'claimedUntil'] },
  ],
});

export const SmsTemplateEntity = new EntitySchema<SmsTemplate>({
  name: 'SmsTemplate',
  tableName: 'sms_templates',
  columns: {
    key: { ...column.text(64), primary: true },
    name: column.text(100),
    content: column.longText(),
    params: column.json(),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

/** A phone's lock row: queuing a message to the phone updates it first (see SmsOutbox.record). */
export interface SmsPhoneGuard {
  phone: string;
  touchedAt: Date;
}

export const SmsPhoneGuardEntity = new EntitySchema<SmsPhoneGuard>({
  name: 'SmsPhoneGuard',
  tableName: 'sms_phone_guards',
  columns: {
    phone: { ...column.text(20), primary: true },
    touchedAt: named('touched_at', column.time()),
  },
});

export const smsEntities = [SmsMessageEntity, SmsTemplateEntity, SmsPhoneGuardEntity];
