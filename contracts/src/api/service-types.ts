import { z } from 'zod';
import { timestamp } from '../wire';
import { role } from './users';

/** plan: opened by a periodic need (周期性需求) on its day. */
export const CHANNELS = ['phone', 'alarm', 'sms', 'web', 'mailbox', 'tv', 'plan', 'handover'] as const;
export const channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof channel>;
export const PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;
export const priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof priority>;
export const SLA_UNITS = ['minutes', 'hours', 'workingDays'] as const;
export const VERSION_STATUSES = ['draft', 'published'] as const;
export const versionStatus = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof versionStatus>;

const sla = z.strictObject({ unit: z.enum(SLA_UNITS), value: z.number().int().min(1).max(100_000) });

/** Settings of a service type version, as a version is saved with them. Deadlines themselves live in the BPMN (timers, due dates). */
export const serviceTypeSettingsBody = z.strictObject({
  priority: priority.default('normal'),
  /** Target time to close, for reports and SLA colouring: minutes, or working days for long cases. */
  sla: sla.optional(),
  ivrDigit: z.string().regex(/^[0-9*#]$/, 'one phone key: 0–9, * or #').optional(),
  channels: z.array(channel).min(1).default(['phone']),
  startRoles: z.array(role).min(1).default(['agent', 'supervisor', 'admin']),
});
/** The settings as a version keeps them (the defaults filled in). */
export type ServiceTypeSettings = z.infer<typeof serviceTypeSettingsBody>;

/** The settings as a version carries them. */
export const serviceTypeSettingsView = z.object({
  priority,
  sla: z.object({ unit: z.enum(SLA_UNITS), value: z.number().int() }).optional(),
  ivrDigit: z.string().optional(),
  channels: z.array(channel),
  startRoles: z.array(role),
});

export const serviceTypeKey = z.string().regex(/^[a-z][a-z0-9_-]{1,63}$/, 'lower-case letters, digits, _ or -, starting with a letter');

const names = z.strictObject({ 'zh-CN': z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });
const category = z.string().trim().min(1).max(64);

/** POST /api/service-types: a type with no version yet. */
export const newServiceTypeBody = z.strictObject({
  key: serviceTypeKey,
  names,
  category,
  icon: z.string().trim().max(64).optional(),
  intakeFormKey: z.string().max(100).optional(),
});

/** PATCH /api/service-types/:key: changes to a type's catalog entry; null clears icon or intake form. Versions hold the rest. */
export const updateServiceTypeBody = z
  .strictObject({
    names,
    category,
    icon: z.string().trim().max(64).nullable(),
    intakeFormKey: z.string().max(100).nullable(),
  })
  .partial();

/** POST /api/service-types/:key/versions: a new draft version. */
export const newVersionBody = z.strictObject({
  bpmnXml: z.string().min(1, 'required'),
  settings: serviceTypeSettingsBody.default({ priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] }),
});

export const publishVersionBody = z.strictObject({ version: z.number().int().min(1) });

/** A service type: its catalog entry (the versions hold the model and settings). */
export const serviceTypeView = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  category: z.string(),
  icon: z.string().nullable(),
  intakeFormKey: z.string().nullable(),
  /** The version new cases start on; null before the first publish. */
  publishedVersion: z.number().int().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A version with its BPMN model. */
export const serviceTypeVersionView = z.object({
  typeKey: z.string(),
  version: z.number().int(),
  bpmnXml: z.string(),
  settings: serviceTypeSettingsView,
  status: versionStatus,
  bpmnProcessId: z.string().nullable(),
  processDefinitionKey: z.string().nullable(),
  /** The process engine's version of the published definition (1, 2, … per process id). */
  definitionVersion: z.number().int().nullable(),
  /** The form versions pinned at publishing: form key → version. */
  formVersions: z.record(z.string(), z.number().int()).nullable(),
  createdBy: z.string(),
  createdAt: timestamp,
  publishedBy: z.string().nullable(),
  publishedAt: timestamp.nullable(),
});

/** A version without its model (saving, publishing). */
export const serviceTypeVersionSummary = serviceTypeVersionView.omit({ bpmnXml: true });

/** A version in its type's list: who saved and published it, by display name. */
export const serviceTypeVersionLine = serviceTypeVersionSummary.extend({ createdByName: z.string().nullable(), publishedByName: z.string().nullable() });

export const serviceTypeListAnswer = z.object({ serviceTypes: z.array(serviceTypeView) });
export const serviceTypeAnswer = z.object({ serviceType: serviceTypeView });
/** GET /api/service-types/:key: the type and its versions, newest first. */
export const serviceTypeWithVersions = z.object({ serviceType: serviceTypeView, versions: z.array(serviceTypeVersionLine) });
export const serviceTypeVersionAnswer = z.object({ version: serviceTypeVersionView });
export const serviceTypeVersionSummaryAnswer = z.object({ version: serviceTypeVersionSummary });
