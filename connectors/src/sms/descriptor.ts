import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { normaliseMobile } from './mask';
import { useSmsAdapter } from './adapters';
import { runSms } from './run';

const Mobile = z.string().refine((p) => normaliseMobile(p) !== undefined, 'must be a mainland mobile number like 13800138000');

const input = z
  .object({
    recipients: field(z.union([z.array(z.union([Mobile, z.object({ phone: Mobile, name: z.string().max(50).optional() })])).max(100), z.object({ relativesOf: z.string().min(1).max(36) })]), {
      label: { 'zh-CN': '收件人', en: 'Recipients' },
      description: { 'zh-CN': '手机号列表，如 ["13800138000"]；或某老人的亲属：{ relativesOf: elderId }', en: 'A list of mobiles, e.g. ["13800138000"], or an elder\'s relatives: { relativesOf: elderId }' },
    }),
    template: field(z.string().regex(/^[A-Za-z][\w.-]{0,63}$/).optional(), {
      label: { 'zh-CN': '短信模板', en: 'SMS template' },
      description: { 'zh-CN': '短信模板的键；与"短信内容"二选一', en: 'Key of an SMS template; or give the content' },
    }),
    params: field(z.record(z.string(), z.union([z.string(), z.number()])).optional(), {
      label: { 'zh-CN': '模板参数', en: 'Template parameters' },
      description: { 'zh-CN': '如 { elder: elderName }', en: 'e.g. { elder: elderName }' },
    }),
    content: field(z.string().trim().min(1).max(500).optional(), {
      label: { 'zh-CN': '短信内容', en: 'Content' },
      type: 'Text',
    }),
  })
  .refine((i) => (i.template === undefined) !== (i.content === undefined), { message: 'give either template or content', path: ['template'] });

/** careflow:sms:1 — text messages to phones or to an elder's relatives, each sent once per job. */
export const smsConnector = defineConnector({
  id: 'sms',
  version: 1,
  name: { 'zh-CN': '发送短信', en: 'Send SMS' },
  description: {
    'zh-CN': '按模板或内容向手机号或老人亲属发送短信，记入短信记录；重试不会重复发送。',
    en: 'Sends a text by template or content to phones or an elder\'s relatives, recorded in the SMS outbox; retries never send twice.',
  },
  input,
  output: { sms: { 'zh-CN': '{ sent, failed, messageIds }：已发送数、失败数、短信记录编号', en: '{ sent, failed, messageIds }: sent and failed counts, outbox ids' } },
  errors: {
    NO_RECIPIENTS: { 'zh-CN': '没有可发送的手机号', en: 'No one to send to' },
    SMS_RATE_LIMITED: { 'zh-CN': '该号码本小时短信已达上限', en: 'The phone reached its hourly SMS limit' },
  },
  timeoutMs: 60_000,
  // Each text is queued under the job's key and phone, and sent in a once-step: a second run finds them.
  idempotency: 'own',
  run: runSms,
  // The SMPP session stays open between jobs; it ends with the worker.
  close: () => useSmsAdapter(undefined),
});
