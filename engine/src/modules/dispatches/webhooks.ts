import { OutboundPolicy, OutboundRefusedError } from '@careflow/connectors';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { ProviderEntity } from '../providers/entities';
import { Dispatch, ProviderWebhookEntity } from './entities';
import { signedHeaders } from './signing';

export interface WebhookSettings {
  url: string;
  secret: string;
}

const TEST_TIMEOUT_MS = 10_000;

export interface WebhookTest {
  outcome: 'accepted' | 'refused_by_provider' | 'server_error' | 'unreachable' | 'address_refused';
  status: number | null;
  url: string;
  at: Date;
}

/** A request for the connector to send: the engine signs, so the secret never leaves it. */
export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Providers' webhooks: where dispatches are pushed (signed) and how their answers are checked. */
export class ProviderWebhooks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbound: OutboundPolicy,
  ) {}

  async settingsOf(providerId: string): Promise<{ url: string | null; updatedAt: Date | null }> {
    const row = await this.dataSource.getRepository(ProviderWebhookEntity).findOneBy({ providerId });
    return { url: row?.url ?? null, updatedAt: row?.updatedAt ?? null };
  }

  /**
   * Sets (or with url null, removes) a provider's webhook. The secret is never shown again. A URL
   * whose host resolves to an address the outbound policy refuses (loopback, private, link-local…)
   * is refused here; the connector checks again on every push (DNS may answer otherwise later).
   */
  async configure(providerId: string, settings: WebhookSettings | { url: null }): Promise<{ url: string | null; updatedAt: Date | null }> {
    if (!(await this.dataSource.getRepository(ProviderEntity).existsBy({ id: providerId }))) throw errors.notFound(`Provider ${providerId}`);
    if (settings.url !== null) {
      await this.outbound.check(settings.url).catch((error: unknown) => {
        if (error instanceof OutboundRefusedError) throw errors.invalidInput([{ path: 'url', message: error.message, code: 'address_refused' }], 'CareFlow does not call this address');
        throw error;
      });
    }
    const repo = this.dataSource.getRepository(ProviderWebhookEntity);
    if (settings.url === null) await repo.delete({ providerId });
    else await repo.save({ providerId, url: settings.url, secret: (settings as WebhookSettings).secret, updatedAt: new Date() });
    return this.settingsOf(providerId);
  }

  /** The signed POST of a dispatch to its provider's webhook; null when the provider has none. */
  async requestFor(d: Dispatch, providerName: string): Promise<SignedRequest | null> {
    const hook = await this.dataSource.getRepository(ProviderWebhookEntity).findOneBy({ providerId: d.providerId });
    if (!hook) return null;
    const body = JSON.stringify({
      event: 'dispatch.created',
      // The deadlines the portal counts down to: answer by answerDueAt, finish within workWithin of accepting (null: none).
      dispatch: { id: d.id, caseId: d.caseId, serviceItem: d.serviceItem, areaCode: d.areaCode, note: d.note, status: d.status, createdAt: d.createdAt, answerDueAt: d.answerDueAt, workWithin: d.workWithin },
      provider: { id: d.providerId, name: providerName },
    });
    return { url: hook.url, headers: signedHeaders(hook.secret, body), body };
  }

  /**
   * Sends a signed `webhook.test` event, as a dispatch would go, so a provider's developers can check
   * their endpoint and its signature check before a real order. The answer says what came back.
   */
  async test(providerId: string): Promise<WebhookTest> {
    const hook = await this.dataSource.getRepository(ProviderWebhookEntity).findOneBy({ providerId });
    if (!hook) throw errors.conflict('The provider has no webhook: set its URL first');
    const provider = await this.dataSource.getRepository(ProviderEntity).findOneByOrFail({ id: providerId });
    const at = new Date();
    const body = JSON.stringify({ event: 'webhook.test', provider: { id: provider.id, name: provider.name }, sentAt: at.toISOString() });
    const outcome = await this.outbound
      .fetch(hook.url, { method: 'POST', headers: signedHeaders(hook.secret, body), body, signal: AbortSignal.timeout(TEST_TIMEOUT_MS) })
      .then(async (res) => {
        await res.arrayBuffer();
        return { outcome: res.status < 300 ? 'accepted' : res.status < 500 ? 'refused_by_provider' : 'server_error', status: res.status } as const;
      })
      .catch((error: unknown) => ({ outcome: error instanceof OutboundRefusedError ? 'address_refused' : 'unreachable', status: null }) as const);
    return { ...outcome, url: hook.url, at };
  }

  /** The secret a provider signs its webhook calls with (the router checks them: forged, unsigned or stale is 401). */
  async secretOf(providerId: string | undefined): Promise<{ signer: string; secret: string } | { refused: string }> {
    const hook = providerId ? await this.dataSource.getRepository(ProviderWebhookEntity).findOneBy({ providerId }) : null;
    return hook ? { signer: hook.providerId, secret: hook.secret } : { refused: 'unknown provider' };
  }
}
