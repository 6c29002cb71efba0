import { z } from 'zod';
import { callView } from './calls';

/** Who calls an elder about an order: the provider's own people, through the hotline (the elder's number stays hidden). */
export const ORDER_CALLERS = ['provider_admin', 'provider_staff'] as const;

/** POST /api/dispatches/:id/call takes no fields: the order names the elder, the caller's account names their phone. */
export const orderCallBody = z.strictObject({});

/**
 * The click-to-call placed: the hotline rings `callback` (the caller's own phone, masked) first, then
 * bridges to the elder; `call.to` is the elder's number, masked.
 */
export const orderCallAnswer = z.object({ call: callView, callback: z.string() });
