import { z } from 'zod';
import { HttpUrl } from '../../../http/http-url';
import { AGENT_STATES } from '../agents/entities';
import { PhoneNumber } from '../schemas';

const CallId = z.string().trim().min(1).max(100);
const Digits = z.string().regex(/^[0-9*#]{1,32}$/, 'keys 0-9, * and #');
const Location = z.strictObject({ lat: z.number().min(-90).max(90).optional(), lng: z.number().min(-180).max(180).optional(), address: z.string().trim().max(255).optional() });
const Button = z.string().trim().min(1).max(32);
const TerminalId = z.string().trim().min(1).max(64);
const Username = z.string().trim().min(1).max(64);

const base = { id: z.string().trim().min(1).max(64), at: z.iso.datetime({ offset: true }).optional() };

/** What a switch reports on POST /api/telephony/events (after the signature check). */
export const SwitchEventBody = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('call.ringing'), callId: CallId, from: PhoneNumber.nullable().optional(), to: z.string().trim().max(32).optional() }),
  z.strictObject({ ...base, type: z.literal('call.answered'), callId: CallId, agent: Username.optional() }),
  z.strictObject({
    ...base,
    type: z.literal('call.ended'),
    callId: CallId,
    durationSec: z.number().int().min(0).max(86_400).optional(),
    hangupCause: z.string().regex(/^[A-Z_]{1,64}$/, 'a hangup cause like NORMAL_CLEARING').optional(),
    recordingUrl: HttpUrl.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('ivr.selected'), callId: CallId, digits: Digits }),
  z
    .strictObject({ ...base, type: z.literal('alarm.triggered'), terminalId: TerminalId.optional(), from: PhoneNumber.optional(), button: Button.optional(), location: Location.optional() })
    .refine((b) => b.terminalId !== undefined || b.from !== undefined, { path: ['terminalId'], message: 'an alarm names its terminalId or the number it came from' }),
  z.strictObject({ ...base, type: z.literal('agent.state'), agent: Username, state: z.enum(AGENT_STATES) }),
]);
export type SwitchEvent = z.infer<typeof SwitchEventBody>;

/** The simulator raises the same events without a switch. */
export const SimulatorInboundBody = z
  .strictObject({
    kind: z.enum(['call', 'alarm']),
    from: PhoneNumber.optional(),
    terminalId: TerminalId.optional(),
    button: Button.optional(),
    digits: z.string().regex(/^[0-9*#]$/, 'one key: 0-9, * or #').optional(),
    location: Location.optional(),
  })
  .refine((b) => b.kind !== 'alarm' || b.terminalId !== undefined || b.from !== undefined, { path: ['terminalId'], message: 'an alarm names its terminalId or the number it came from' });

export const SimulatorHangupBody = z.strictObject({ durationSec: z.number().int().min(0).max(86_400).optional() });
export const AgentStateBody = z.strictObject({ state: z.enum(AGENT_STATES) });
export const TransferBody = z.strictObject({ group: z.string().trim().min(1).max(64) });
