import type { OutboundPolicy } from '../outbound/policy';

/** A request the engine has signed for a provider's webhook. */
export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Sends the signed dispatch to the provider. A 5xx or no answer is worth retrying (operational);
 * a 4xx is the provider's refusal of the push, kept as the answer: the portal and SMS reached it.
 * An address the policy refuses rejects with OutboundRefusedError (checked on every connection).
 */
export async function postSigned(request: SignedRequest, outbound: OutboundPolicy, signal?: AbortSignal): Promise<number> {
  const timeout = AbortSignal.timeout(WEBHOOK_TIMEOUT_MS);
  const res = await outbound.fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`Provider webhook ${new URL(request.url).host} answered ${res.status}`);
  return res.status;
}
