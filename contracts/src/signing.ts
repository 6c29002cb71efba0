import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one request-signing scheme of CareFlow's webhooks, both ways (provider answers, the telephony
 * platform's and switches' events, the calls the connectors place): HMAC-SHA256 over
 * `<unix seconds>.<raw body>` with a shared secret, sent as `X-CareFlow-Timestamp` and
 * `X-CareFlow-Signature: sha256=<hex>`. The timestamp bounds replays. Node only (not in the index).
 */
export const TIMESTAMP_HEADER = 'x-careflow-timestamp';
export const SIGNATURE_HEADER = 'x-careflow-signature';
/** A signed request older (or newer) than this is refused, so a captured one cannot be replayed later. */
export const MAX_SKEW_SECONDS = 300;

export function sign(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The two signature headers for a body sent now. */
export function signatureHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000);
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: sign(secret, timestamp, body) };
}

/** Why a signed request is refused, or null when its signature and time hold. */
export function signatureProblem(secret: string, timestampHeader: string | undefined, signature: string | undefined, body: string, now = Date.now()): string | null {
  if (!timestampHeader || !/^\d{1,12}$/.test(timestampHeader) || !signature) return 'missing timestamp or signature';
  const timestamp = Number(timestampHeader);
  if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) return 'stale timestamp';
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? null : 'bad signature';
}
