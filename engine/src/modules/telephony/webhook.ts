import { callAnswer, callEventBody } from '@careflow/contracts';
import { z } from 'zod';
import { errors, zodProblems } from '../../http/errors';
import { route, RouteSpec } from '../../http/route';
import { CallService } from './service';

/** The CCaaS echoes the call id it was given, beside the event itself. */
const Envelope = z.looseObject({ callId: z.uuid() });

/**
 * `POST /api/telephony/webhook`: a CCaaS platform reports how a call went. The body is only read
 * once its signature over the raw bytes checks out; anything forged, unsigned or stale is a 401
 * and changes nothing.
 */
export function webhookRoutes(calls: CallService, secret: string | undefined): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/telephony/webhook',
      summary: 'Signed call progress from a CCaaS platform (HMAC-SHA256, see the http telephony adapter)',
      access: 'public',
      audit: { none: 'signed progress of a call from the CCaaS platform; the call record keeps it' },
      signed: {
        refusal: 'Webhook refused',
        secret: async () => (secret ? { signer: 'ccaas', secret } : { refused: 'the telephony webhook is not configured (TELEPHONY_WEBHOOK_SECRET)' }),
      },
      body: Envelope,
      response: callAnswer,
      handler: async (_ctx, body) => {
        const { callId, ...rest } = body;
        const change = callEventBody.safeParse(rest);
        if (!change.success) throw errors.invalidInput(zodProblems(change.error));
        return { call: await calls.report(callId, change.data, null) };
      },
    }),
  ];
}
