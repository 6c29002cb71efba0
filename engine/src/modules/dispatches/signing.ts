import crypto from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-careflow-timestamp';
export const SIGNATURE_HEADER = 'x-careflow-signature';
export const PROVIDER_HEADER = 'x-careflow-provider';
/** A signed request older (or newer) than this is refused, so a captured one cannot be replayed later. */
export const MAX_SKEW_SECONDS = 300;

/** HMAC-SHA256 over `<unix seconds>.<body>`, hex, as `sha256=<hex>`. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signedHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000);
  return { 'content-type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: sign(secret, timestamp, body) };
}

/** Why a signed request is refused, or null when its signature and time hold. */
export function verifyProblem(secret: string, timestampHeader: string | undefined, signature: string | undefined, body: string, now = Date.now()): string | null {
  if (!timestampHeader || !/^\d{1,12}$/.test(timestampHeader) || !signature) return 'missing timestamp or signature';
  const timestamp = Number(timestampHeader);
  if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) return 'stale timestamp';
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? null : 'bad signature';
}
