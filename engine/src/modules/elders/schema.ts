import { z } from 'zod';
import { AreaCode } from '../areas/routes';
import { ELDER_STATUSES, GENDERS } from './entities';

const Text = (max: number) => z.string().trim().max(max);
const Code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'a dictionary code');
const PhoneInput = z.strictObject({ number: z.string().trim().min(1).max(30), label: Text(30).optional() });
const ContactInput = z.strictObject({ name: Text(50).min(1), phone: z.string().trim().max(30).nullable().default(null), place: Text(100).optional() });

export const RelativeInput = z.strictObject({
  name: Text(50).min(1),
  relation: Code,
  phones: z.array(PhoneInput).min(1).max(3),
  livesNearby: z.boolean().default(false),
});

export const TerminalInput = z.strictObject({
  type: Code,
  number: z.string().trim().max(30).nullable().default(null),
  deviceId: z.string().regex(/^[\w:.-]{1,64}$/, 'letters, digits, : . _ or -').nullable().default(null),
  buttons: z.array(z.strictObject({ button: Text(20).min(1), meaning: Text(50).min(1) })).max(8).default([]),
});

const HealthInput = z.strictObject({
  conditions: z.array(Text(50).min(1)).max(20).default([]),
  history: Text(2000).default(''),
  allergies: Text(500).default(''),
  medications: Text(1000).default(''),
  disabilityLevel: Code.nullable().default(null),
  selfCare: Code.nullable().default(null),
});

/** An elder file as agents and imports send it; relatives in call order. */
export const ElderInput = z.strictObject({
  name: Text(50).min(1),
  gender: z.enum(GENDERS).optional(),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
  idCard: z.string().trim().max(18).nullable().default(null),
  phones: z.array(PhoneInput).max(5).default([]),
  address: Text(255).min(1),
  areaCode: AreaCode,
  livingSituation: Code.nullable().default(null),
  health: HealthInput.default({ conditions: [], history: '', allergies: '', medications: '', disabilityLevel: null, selfCare: null }),
  doctor: ContactInput.nullable().default(null),
  communityWorker: ContactInput.nullable().default(null),
  subsidyCategory: Code.nullable().default(null),
  interests: z.array(Text(30).min(1)).max(20).default([]),
  notes: Text(2000).default(''),
  serviceNotes: Text(1000).default(''),
  photoFileId: z.uuid('a file id from POST /api/files').nullable().default(null),
  relatives: z.array(RelativeInput).max(10).default([]),
  terminals: z.array(TerminalInput).max(10).default([]),
});
export type ElderInput = z.infer<typeof ElderInput>;

export const ElderUpdate = ElderInput.extend({ version: z.number().int().min(1) });

export const StatusInput = z.strictObject({ status: z.enum(ELDER_STATUSES), note: Text(500).default('') });

export const ElderListQuery = z.strictObject({
  q: Text(50).optional(),
  areaCode: AreaCode.optional(),
  status: z.enum(ELDER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ElderListQuery = z.infer<typeof ElderListQuery>;

export const LookupQuery = z
  .strictObject({ phone: Text(30).min(1).optional(), deviceId: Text(64).min(1).optional(), idCard: Text(18).min(1).optional(), name: Text(50).min(1).optional() })
  .refine((q) => Object.keys(q).length === 1, { message: 'look up by exactly one of phone, deviceId, idCard or name' });
export type LookupQuery = z.infer<typeof LookupQuery>;
