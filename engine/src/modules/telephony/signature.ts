import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The HMAC scheme of the http telephony adapter, both ways: HMAC-SHA256 over `<timestamp>.<body>`
 * with a shared secret, sent as `X-CareFlow-Timestamp` (Unix seconds) and `X-CareFlow-Signature`
 * (`sha256=<hex>`). The timestamp bounds replays. The connectors sign with the same scheme.
 */
export const TIMESTAMP_HEADER = 'x-careflow-timestamp';
export const SIGNATURE_HEADER = 'x-careflow-signature';
export const MAX_SKEW_SECONDS = 300;

export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Why a signed request is refused, or null when it is genuine and fresh. */
export function signatureProblem(secret: string | undefined, timestamp: string | undefined, signature: string | undefined, body: string, now = Date.now()): string | null {
  if (!secret) return 'the telephony webhook is not configured (TELEPHONY_WEBHOOK_SECRET)';
  if (!timestamp || !signature) return `missing ${TIMESTAMP_HEADER} or ${SIGNATURE_HEADER}`;
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return 'stale or malformed timestamp';
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad signature';
  return null;
}
