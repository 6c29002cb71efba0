import type { providerWebhookSettingsAnswer, providerWebhookTestAnswer, Wire } from '@careflow/contracts';
import { api } from './client';

export type WebhookSettings = Wire<typeof providerWebhookSettingsAnswer>['webhook'];
export type WebhookTest = Wire<typeof providerWebhookTestAnswer>['test'];

const path = (providerId: string) => `/api/providers/${encodeURIComponent(providerId)}/webhook`;

export async function getWebhook(providerId: string): Promise<WebhookSettings> {
  return (await api.get<Wire<typeof providerWebhookSettingsAnswer>>(path(providerId))).webhook;
}

/** Sets the URL and the secret both sides sign with; url null removes the webhook. */
export async function setWebhook(providerId: string, settings: { url: string; secret: string } | { url: null }): Promise<WebhookSettings> {
  return (await api.put<Wire<typeof providerWebhookSettingsAnswer>>(path(providerId), settings)).webhook;
}

export async function testWebhook(providerId: string): Promise<WebhookTest> {
  return (await api.post<Wire<typeof providerWebhookTestAnswer>>(`${path(providerId)}/test`, {})).test;
}
