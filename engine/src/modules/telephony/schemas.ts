import { z } from 'zod';
import { HttpUrl } from '../../http/http-url';
import { CALL_ADAPTERS, CALL_MODES, CALL_OUTCOMES, CALL_STATUSES } from './entities';

/** A number we can dial: digits, an optional leading + and hyphens (0531-88888888). */
export const PhoneNumber = z
  .string()
  .trim()
  .regex(/^\+?\d[\d-]{2,30}\d$/, 'a phone number: digits, an optional leading + and hyphens')
  .transform((s) => s.replace(/-/g, ''))
  .refine((s) => s.length <= 20, 'at most 20 digits');
const Digits = z.string().regex(/^[0-9*#]{1,32}$/, 'keys 0-9, * and #');

export const PlaceCallBody = z
  .strictObject({
    key: z.string().min(1).max(191).optional(),
    caseId: z.uuid().nullable().optional(),
    mode: z.enum(CALL_MODES),
    from: z.string().min(1).max(64).nullable().optional(),
    to: PhoneNumber,
    toName: z.string().max(64).nullable().optional(),
    message: z.string().min(1).max(500).nullable().optional(),
    confirmDigit: z.string().regex(/^[0-9*#]$/, 'one key: 0-9, * or #').nullable().optional(),
    adapter: z.enum(CALL_ADAPTERS).default('simulator'),
  })
  .refine((b) => b.mode !== 'robot' || !!b.message, { path: ['message'], message: 'a robot call needs the message it reads out' });

/** What an adapter reports: the line was answered, keys were pressed, or the call ended. */
export const CallEventBody = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('answered'), digits: Digits.optional() }),
  z.strictObject({ event: z.literal('digits'), digits: Digits }),
  z.strictObject({
    event: z.literal('ended'),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    hangupCause: z.string().regex(/^[A-Z_]{1,64}$/, 'a hangup cause like NORMAL_CLEARING').optional(),
    digits: Digits.optional(),
    recordingUrl: HttpUrl.optional(),
  }),
]);

export const SimulatorAnswerBody = z.strictObject({ digits: Digits.optional() });
export const SimulatorDigitsBody = z.strictObject({ digits: Digits });

export const CallQuery = z.object({
  caseId: z.uuid().optional(),
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(CALL_STATUSES)).optional()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
