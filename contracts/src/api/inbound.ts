import { z } from 'zod';
import { agentStateName } from './agents';
import { callView } from './calls';
import { dialKeys, dialNumber, httpUrl } from '../wire';

// Inbound telephony: what a switch reports, the simulator that stands in for one, and the screen
// pops both raise on the desks.

/** Whom to call for an elder: one number per person, in call order. */
export const callContact = z.object({ name: z.string(), relation: z.string().nullable(), phone: z.string() });
export type CallContact = z.infer<typeof callContact>;

/** One elder on a screen pop: what the agent needs before saying hello. */
export const popElder = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.string().nullable(),
  age: z.number().int().nullable(),
  /** elder_phone, terminal, relative_phone or device (from the elder lookup). */
  matchedBy: z.string(),
  /** The relative whose phone it is, when a relative called. */
  via: z.string().nullable(),
  /** That relative as on the file (name, relation, phone); absent on pops stored before it was carried. */
  relative: callContact.nullable().optional(),
  livingSituation: z.string().nullable(),
  address: z.string().nullable(),
  areaPath: z.string().nullable(),
  conditions: z.array(z.string()),
  allergies: z.array(z.string()),
  medications: z.array(z.string()),
  selfCare: z.string().nullable(),
  disabilityLevel: z.string().nullable(),
  relatives: z.array(callContact),
  communityWorker: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  doctor: z.string().nullable(),
  recentCases: z.array(z.object({ id: z.string(), caseNumber: z.string(), serviceType: z.string(), status: z.string(), openedAt: z.string() })),
});
export type PopElder = z.infer<typeof popElder>;

/** Who took a pop. */
export const takenBy = z.object({ userId: z.string(), username: z.string(), displayName: z.string() });
export type TakenBy = z.infer<typeof takenBy>;

/** 弹屏: pushed to an agent's desk when a call rings or an alarm comes in. */
export const screenPop = z.object({
  id: z.string(),
  kind: z.enum(['alarm', 'call']),
  /** When it rang (ISO 8601). */
  at: z.string(),
  callId: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  attached: z.boolean(),
  caller: z.object({ number: z.string().nullable(), identified: z.boolean() }),
  terminal: z.object({ deviceId: z.string(), type: z.string().nullable(), button: z.string().nullable() }).nullable(),
  location: z.object({ lat: z.number().optional(), lng: z.number().optional(), address: z.string().optional() }).nullable(),
  elders: z.array(popElder),
  offeredTo: z.string().nullable(),
  takenBy: takenBy.nullable(),
  areaPath: z.string().nullable(),
  /** Why an alarm opened no case (e.g. its service type is not published); null otherwise. */
  error: z.string().nullable(),
});
export type ScreenPop = z.infer<typeof screenPop>;

export const popAnswer = z.object({ pop: screenPop });
export const popListAnswer = z.object({ pops: z.array(screenPop) });

const callId = z.string().trim().min(1).max(100);
const location = z.strictObject({ lat: z.number().min(-90).max(90).optional(), lng: z.number().min(-180).max(180).optional(), address: z.string().trim().max(255).optional() });
const button = z.string().trim().min(1).max(32);
const terminalId = z.string().trim().min(1).max(64);
const username = z.string().trim().min(1).max(64);
const base = { id: z.string().trim().min(1).max(64), at: z.iso.datetime({ offset: true }).optional() };

/** What a switch reports on POST /api/telephony/events (after the signature check). */
export const switchEventBody = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('call.ringing'), callId, from: dialNumber.nullable().optional(), to: z.string().trim().max(32).optional() }),
  z.strictObject({ ...base, type: z.literal('call.answered'), callId, agent: username.optional() }),
  z.strictObject({
    ...base,
    type: z.literal('call.ended'),
    callId,
    durationSec: z.number().int().min(0).max(86_400).optional(),
    hangupCause: z.string().regex(/^[A-Z_]{1,64}$/, 'a hangup cause like NORMAL_CLEARING').optional(),
    recordingUrl: httpUrl.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('ivr.selected'), callId, digits: dialKeys }),
  z
    .strictObject({ ...base, type: z.literal('alarm.triggered'), terminalId: terminalId.optional(), from: dialNumber.optional(), button: button.optional(), location: location.optional() })
    .refine((b) => b.terminalId !== undefined || b.from !== undefined, { path: ['terminalId'], message: 'an alarm names its terminalId or the number it came from' }),
  z.strictObject({ ...base, type: z.literal('agent.state'), agent: username, state: agentStateName }),
]);
export type SwitchEvent = z.infer<typeof switchEventBody>;

/** POST /api/telephony/simulator/inbound: the simulator raises the same events without a switch. */
export const simulatorInboundBody = z
  .strictObject({
    kind: z.enum(['call', 'alarm']),
    from: dialNumber.optional(),
    terminalId: terminalId.optional(),
    button: button.optional(),
    digits: z.string().regex(/^[0-9*#]$/, 'one key: 0-9, * or #').optional(),
    location: location.optional(),
  })
  .refine((b) => b.kind !== 'alarm' || b.terminalId !== undefined || b.from !== undefined, { path: ['terminalId'], message: 'an alarm names its terminalId or the number it came from' });

/** 202: the events raised, the call that rings, the case an alarm opened or joined. */
export const simulatedInboundAnswer = z.object({ eventIds: z.array(z.string()), callId: z.string().optional(), caseId: z.string().optional(), attachedTo: z.string().optional() });

export const simulatorHangupBody = z.strictObject({ durationSec: z.number().int().min(0).max(86_400).optional() });
export const transferBody = z.strictObject({ group: z.string().trim().min(1).max(64) });
/** POST /api/telephony/simulator/inbound/:callId/answer and …/hangup. */
export const inboundCallAnswer = z.object({ call: callView });

/** GET /api/telephony/pops/current: the alarm or call I am on (or wrapping up), with its call record; nulls when none. */
export const currentPopAnswer = z.object({ pop: screenPop.nullable(), call: callView.nullable() });
