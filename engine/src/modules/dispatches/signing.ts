import { signatureHeaders } from '@careflow/contracts/dist/signing';

/** Provider webhooks sign with CareFlow's one scheme (see contracts); the provider names itself. */
export const PROVIDER_HEADER = 'x-careflow-provider';

/** A JSON body's headers for a provider's webhook, signed now. */
export function signedHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  return { 'content-type': 'application/json', ...signatureHeaders(secret, body, now) };
}
