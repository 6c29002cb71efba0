import { z } from 'zod';
import { ROLES } from '../identity/entities';

export const CHANNELS = ['phone', 'alarm', 'sms', 'web', 'tv'] as const;
export const PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;

/** Settings of a service type version. Deadlines themselves live in the BPMN (timers, due dates). */
export const ServiceTypeSettingsSchema = z.strictObject({
  priority: z.enum(PRIORITIES).default('normal'),
  /** Target time to close, for reports and SLA colouring: minutes, or working days for long cases. */
  sla: z
    .strictObject({ unit: z.enum(['minutes', 'hours', 'workingDays']), value: z.number().int().min(1).max(100_000) })
    .optional(),
  ivrDigit: z.string().regex(/^[0-9*#]$/, 'one phone key: 0–9, * or #').optional(),
  channels: z.array(z.enum(CHANNELS)).min(1).default(['phone']),
  startRoles: z.array(z.enum(ROLES)).min(1).default(['agent', 'supervisor', 'admin']),
});
export type ServiceTypeSettings = z.infer<typeof ServiceTypeSettingsSchema>;

export const TypeKey = z.string().regex(/^[a-z][a-z0-9_-]{1,63}$/, 'lower-case letters, digits, _ or -, starting with a letter');

export const NewServiceTypeBody = z.strictObject({
  key: TypeKey,
  names: z.strictObject({ 'zh-CN': z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) }),
  category: z.string().trim().min(1).max(64),
  icon: z.string().trim().max(64).optional(),
  intakeFormKey: z.string().max(100).optional(),
});

/** Changes to a type's catalog entry; null clears icon or intake form. Versions hold the rest. */
export const UpdateServiceTypeBody = z
  .strictObject({
    names: NewServiceTypeBody.shape.names,
    category: NewServiceTypeBody.shape.category,
    icon: z.string().trim().max(64).nullable(),
    intakeFormKey: z.string().max(100).nullable(),
  })
  .partial();

export const NewVersionBody = z.strictObject({
  bpmnXml: z.string().min(1, 'required'),
  settings: ServiceTypeSettingsSchema.default({ priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] }),
});

export const PublishBody = z.strictObject({ version: z.number().int().min(1) });
