import { signatureHeaders } from '@careflow/contracts/dist/signing';
import { createCallRecord, followCallRecord } from './engine-calls';
import type { CallAdapter } from './types';

export interface HttpTelephonySettings {
  url: string;
  secret: string;
  callbackUrl: string;
}

/** CareFlow's one signing scheme (see contracts), as the engine's webhooks check it. */
export const signRequest = signatureHeaders;

/**
 * A CCaaS platform reached by webhooks: the call request is POSTed (signed) to its URL with the
 * engine's webhook as callback; the platform reports answer, keys and end to
 * POST /api/telephony/webhook (signed the same way), and the worker follows the engine's record.
 */
export function httpAdapter(settings: HttpTelephonySettings): CallAdapter {
  return {
    name: 'http',
    place: async (request, ctx) => {
      if (!settings.url || !settings.secret) throw new Error('The http telephony adapter needs TELEPHONY_HTTP_URL and TELEPHONY_HTTP_SECRET');
      const record = await createCallRecord(request, 'http', ctx);
      const body = JSON.stringify({
        callId: record.id,
        mode: request.mode,
        to: request.to,
        agent: request.agent ?? null,
        message: request.message ?? null,
        confirmDigit: request.mode === 'robot' ? request.confirmDigit : null,
        ringTimeoutSeconds: request.ringTimeoutSeconds,
        callbackUrl: settings.callbackUrl || null,
      });
      const res = await fetch(settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.key, ...signRequest(settings.secret, body) },
        body,
        signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(15_000)]),
      });
      // The platform deduplicates by Idempotency-Key; any refusal is retried like a network error.
      if (!res.ok) throw new Error(`The CCaaS platform refused the call: ${res.status} ${(await res.text()).slice(0, 200)}`);
      return { id: record.id };
    },
    settle: (call, request, ctx) => followCallRecord(call.id, request, ctx),
  };
}
