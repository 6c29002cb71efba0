import type { renderSmsAnswer, smsListLine, smsListQuery, smsMessageView, smsPage, smsTemplateAnswer, smsTemplateBody, smsTemplateChangeBody, smsTemplateListAnswer, smsTemplateView, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

export { SMS_STATUSES } from '@careflow/contracts';
export type { SmsStatus } from '@careflow/contracts';

/** One line of the SMS outbox (phones come masked, and parameters null, for roles that see masked files). */
export type SmsMessage = Wire<typeof smsMessageView>;
/** An outbox line: the message with its case's number. */
export type SmsLine = Wire<typeof smsListLine>;
/** The outbox's filters and page as the web holds them. */
export type SmsQuery = z.output<typeof smsListQuery>;
export type SmsTemplate = Wire<typeof smsTemplateView>;

export const listSms = (query: SmsQuery, signal?: AbortSignal) => api.get<Wire<typeof smsPage>>(`/api/sms${queryString({ ...query })}`, { signal });

export const listSmsTemplates = (signal?: AbortSignal) => api.get<Wire<typeof smsTemplateListAnswer>>('/api/sms-templates', { signal }).then((r) => r.templates);
export const createSmsTemplate = (body: z.input<typeof smsTemplateBody>) => api.post<Wire<typeof smsTemplateAnswer>>('/api/sms-templates', body);
export const updateSmsTemplate = (key: string, body: z.input<typeof smsTemplateChangeBody>) =>
  api.put<Wire<typeof smsTemplateAnswer>>(`/api/sms-templates/${encodeURIComponent(key)}`, body);
export const deleteSmsTemplate = (key: string) => api.delete<void>(`/api/sms-templates/${encodeURIComponent(key)}`);
export const renderSmsTemplate = (key: string, params: Record<string, string>) =>
  api.post<Wire<typeof renderSmsAnswer>>(`/api/sms-templates/${encodeURIComponent(key)}/render`, { params });
