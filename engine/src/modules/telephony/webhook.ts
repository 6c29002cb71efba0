import { z } from 'zod';
import { zodProblems } from '../../http/api-router';
import { AppError, errors } from '../../http/errors';
import { route, RouteSpec } from '../../http/route';
import { CallEventBody } from './schemas';
import { CallService } from './service';
import { SIGNATURE_HEADER, signatureProblem, TIMESTAMP_HEADER } from './signature';

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
      handler: async (ctx) => {
        const raw = (ctx.request as { rawBody?: string }).rawBody ?? '';
        const problem = signatureProblem(secret, ctx.get(TIMESTAMP_HEADER) || undefined, ctx.get(SIGNATURE_HEADER) || undefined, raw);
        if (problem) throw new AppError(401, 'bad_signature', `Webhook refused: ${problem}`);
        const envelope = Envelope.safeParse((ctx.request as { body?: unknown }).body ?? {});
        if (!envelope.success) throw errors.invalidInput(zodProblems(envelope.error));
        const { callId, ...rest } = envelope.data;
        const change = CallEventBody.safeParse(rest);
        if (!change.success) throw errors.invalidInput(zodProblems(change.error));
        return { call: await calls.report(callId, change.data, null) };
      },
    }),
  ];
}
