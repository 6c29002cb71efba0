import { api, queryString } from './client';

export const SMS_STATUSES = ['queued', 'sent', 'delivered', 'failed'] as const;
export type SmsStatus = (typeof SMS_STATUSES)[number];

/** One line of the SMS outbox (phones come masked for roles that see masked files). */
export interface SmsMessage {
  id: string;
  caseId: string | null;
  phone: string;
  recipientName: string | null;
  content: string;
  templateKey: string | null;
  adapter: string | null;
  status: SmsStatus;
  providerMessageId: string | null;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
}

export interface SmsQuery {
  recipient?: string;
  caseId?: string;
  status?: SmsStatus;
  page: number;
  pageSize: number;
}

export interface SmsTemplate {
  key: string;
  name: string;
  content: string;
  params: string[];
  updatedAt: string;
}

export const listSms = (query: SmsQuery, signal?: AbortSignal) =>
  api.get<{ messages: SmsMessage[]; total: number }>(`/api/sms${queryString({ ...query })}`, { signal });

export const listSmsTemplates = (signal?: AbortSignal) => api.get<{ templates: SmsTemplate[] }>('/api/sms-templates', { signal }).then((r) => r.templates);
export const createSmsTemplate = (body: Pick<SmsTemplate, 'key' | 'name' | 'content'>) => api.post<{ template: SmsTemplate }>('/api/sms-templates', body);
export const updateSmsTemplate = (key: string, body: Pick<SmsTemplate, 'name' | 'content'>) =>
  api.put<{ template: SmsTemplate }>(`/api/sms-templates/${encodeURIComponent(key)}`, body);
export const deleteSmsTemplate = (key: string) => api.delete<void>(`/api/sms-templates/${encodeURIComponent(key)}`);
export const renderSmsTemplate = (key: string, params: Record<string, string>) =>
  api.post<{ content: string }>(`/api/sms-templates/${encodeURIComponent(key)}/render`, { params });
