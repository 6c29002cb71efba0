import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';
import { areaCode } from './areas';

export const ELDER_STATUSES = ['active', 'moved', 'deceased'] as const;
export const elderStatus = z.enum(ELDER_STATUSES);
export type ElderStatus = z.infer<typeof elderStatus>;
export const GENDERS = ['male', 'female'] as const;
export const elderGender = z.enum(GENDERS);
export type Gender = z.infer<typeof elderGender>;
export const PHONE_KINDS = ['mobile', 'landline'] as const;

// ——— Requests ———

const text = (max: number) => z.string().trim().max(max);
const code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'a dictionary code');
const phoneInput = z.strictObject({ number: z.string().trim().min(1).max(30), label: text(30).optional() });
const contactInput = z.strictObject({ name: text(50).min(1), phone: z.string().trim().max(30).nullable().default(null), place: text(100).optional() });

export const relativeInput = z.strictObject({
  name: text(50).min(1),
  relation: code,
  phones: z.array(phoneInput).min(1).max(3),
  livesNearby: z.boolean().default(false),
});

export const terminalInput = z.strictObject({
  type: code,
  number: z.string().trim().max(30).nullable().default(null),
  deviceId: z.string().regex(/^[\w:.-]{1,64}$/, 'letters, digits, : . _ or -').nullable().default(null),
  buttons: z.array(z.strictObject({ button: text(20).min(1), meaning: text(50).min(1) })).max(8).default([]),
});

const healthInput = z.strictObject({
  conditions: z.array(text(50).min(1)).max(20).default([]),
  history: text(2000).default(''),
  allergies: text(500).default(''),
  medications: text(1000).default(''),
  disabilityLevel: code.nullable().default(null),
  selfCare: code.nullable().default(null),
});

/** An elder file as agents and imports send it (POST /api/elders); relatives in call order. */
export const elderInput = z.strictObject({
  name: text(50).min(1),
  gender: elderGender.optional(),
  birthDate: calendarDate.optional(),
  idCard: z.string().trim().max(18).nullable().default(null),
  phones: z.array(phoneInput).max(5).default([]),
  address: text(255).min(1),
  areaCode,
  livingSituation: code.nullable().default(null),
  health: healthInput.default({ conditions: [], history: '', allergies: '', medications: '', disabilityLevel: null, selfCare: null }),
  doctor: contactInput.nullable().default(null),
  communityWorker: contactInput.nullable().default(null),
  subsidyCategory: code.nullable().default(null),
  interests: z.array(text(30).min(1)).max(20).default([]),
  notes: text(2000).default(''),
  serviceNotes: text(1000).default(''),
  photoFileId: z.uuid('a file id from POST /api/files').nullable().default(null),
  relatives: z.array(relativeInput).max(10).default([]),
  terminals: z.array(terminalInput).max(10).default([]),
});
export type ElderInput = z.infer<typeof elderInput>;

/** PUT /api/elders/:id: the file with the version the editor started from. */
export const elderUpdateBody = elderInput.extend({ version: z.number().int().min(1) });

/** POST /api/elders/:id/status */
export const elderStatusBody = z.strictObject({ status: elderStatus, note: text(500).default('') });

/** GET /api/elders: search by name, pinyin initials or ID card, within an area. */
export const elderListQuery = z.strictObject({
  q: text(50).optional(),
  areaCode: areaCode.optional(),
  status: elderStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ElderListQuery = z.infer<typeof elderListQuery>;

/** GET /api/elders/lookup: by exactly one of phone, device id, ID card or name. */
export const elderLookupQuery = z
  .strictObject({ phone: text(30).min(1).optional(), deviceId: text(64).min(1).optional(), idCard: text(18).min(1).optional(), name: text(50).min(1).optional() })
  .refine((q) => Object.keys(q).length === 1, { message: 'look up by exactly one of phone, deviceId, idCard or name' });
export type ElderLookupQuery = z.infer<typeof elderLookupQuery>;

// ——— Views ———

/** A stored phone: digits only, its kind from the number. */
export const phoneView = z.object({
  number: z.string(),
  kind: z.enum(PHONE_KINDS),
  /** What the number is, e.g. 家里座机. */
  label: z.string().optional(),
});

export const contactView = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  /** a clinic or an organization */
  place: z.string().optional(),
});

export const healthView = z.object({
  conditions: z.array(z.string()),
  history: z.string(),
  allergies: z.string(),
  medications: z.string(),
  /** dictionary disability_level */
  disabilityLevel: z.string().nullable(),
  /** dictionary self_care */
  selfCare: z.string().nullable(),
});

export const relativeView = z.object({
  id: z.string(),
  elderId: z.string(),
  /** 1 is called first. */
  callOrder: z.number().int(),
  name: z.string(),
  /** dictionary relation_type */
  relation: z.string(),
  phones: z.array(phoneView),
  livesNearby: z.boolean(),
});

export const terminalView = z.object({
  id: z.string(),
  elderId: z.string(),
  /** dictionary terminal_type */
  type: z.string(),
  number: z.string().nullable(),
  /** null when masked. */
  deviceId: z.string().nullable(),
  buttons: z.array(z.object({ button: z.string(), meaning: z.string() })),
});

/**
 * A list or lookup line: never unmasked (the first phone masked). Providers get neither
 * livingSituation nor flags; flags are null for masked roles (analysts, auditors).
 */
export const elderSummary = z.object({
  id: z.string(),
  name: z.string(),
  gender: elderGender,
  age: z.number().int(),
  address: z.string(),
  areaCode: z.string(),
  status: elderStatus,
  phone: z.string().nullable(),
  livingSituation: z.string().nullable().optional(),
  /** What an agent choosing among namesakes needs: who cannot look after themselves. */
  flags: z.object({ disabilityLevel: z.string().nullable(), selfCare: z.string().nullable(), conditions: z.array(z.string()) }).nullable().optional(),
});
export type ElderSummary = z.infer<typeof elderSummary>;

/**
 * The whole file, for agents, supervisors and admins; masked for analysts and auditors (ID card,
 * phones and terminal numbers masked, device ids and health null).
 */
export const elderFileView = z.object({
  id: z.string(),
  name: z.string(),
  gender: elderGender,
  birthDate: z.string(),
  age: z.number().int(),
  idCard: z.string().nullable(),
  phones: z.array(phoneView),
  address: z.string(),
  areaCode: z.string(),
  livingSituation: z.string().nullable(),
  health: healthView.nullable(),
  doctor: contactView.nullable(),
  communityWorker: contactView.nullable(),
  subsidyCategory: z.string().nullable(),
  interests: z.array(z.string()),
  /** For staff only. */
  notes: z.string(),
  /** What a provider's worker needs to know at the door (stairs, dog, key with the neighbour). */
  serviceNotes: z.string(),
  photoFileId: z.string().nullable(),
  status: elderStatus,
  /** Bumped by every change: send it back with an edit. */
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** In call order. */
  relatives: z.array(relativeView),
  terminals: z.array(terminalView),
});
export type ElderFileView = z.infer<typeof elderFileView>;

/** What a provider's worker sees of a file: the masked summary and the notes for the door. */
export const elderProviderView = elderSummary.omit({ livingSituation: true, flags: true }).extend({ serviceNotes: z.string() });

/** GET /api/elders/:id: the file as the caller's role may see it. */
export const elderDetail = z.union([elderFileView, elderProviderView]);
export const elderDetailAnswer = z.object({ elder: elderDetail });

export const elderListAnswer = z.object({ elders: z.array(elderSummary), total: z.number().int() });

/** How a lookup found the elder: their own phone, a terminal's or a relative's number, a device id, the ID card or the name. */
export const ELDER_MATCHES = ['elder_phone', 'terminal', 'relative_phone', 'device', 'id_card', 'name'] as const;
export const elderLookupMatch = z.object({
  elder: elderSummary,
  matchedBy: z.enum(ELDER_MATCHES),
  /** The relative's name, when their number matched. */
  via: z.string().optional(),
});
export const elderLookupAnswer = z.object({ matches: z.array(elderLookupMatch) });

/** POST and PUT /api/elders: the file's id and its new version. */
export const elderSavedAnswer = z.object({ elder: z.object({ id: z.string(), version: z.number().int() }) });
export const elderStatusAnswer = z.object({ elder: z.object({ id: z.string(), status: elderStatus, version: z.number().int() }) });

export const elderStatusChangeView = z.object({
  id: z.string(),
  elderId: z.string(),
  status: elderStatus,
  note: z.string(),
  at: timestamp,
  actorName: z.string().nullable(),
});
export const elderStatusHistoryAnswer = z.object({ changes: z.array(elderStatusChangeView) });
