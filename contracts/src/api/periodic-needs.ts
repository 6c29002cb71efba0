import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:mm');

/**
 * When a periodic need (周期性需求) falls: on weekdays (1 = Monday … 7 = Sunday), monthly on a
 * day (31 means the month's last day in shorter months), or every N days from its first day.
 */
export const needSchedule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weekly'), weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7) }),
  z.strictObject({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }),
  z.strictObject({ kind: z.literal('every'), days: z.number().int().min(1).max(366) }),
]);
export type NeedSchedule = z.infer<typeof needSchedule>;

/** On a public holiday of the business calendar: skip the occurrence, or shift it to the next working day. */
export const HOLIDAY_POLICIES = ['skip', 'shift'] as const;
export const NEED_STATUSES = ['active', 'paused', 'ended'] as const;

export const periodicNeedBody = z
  .strictObject({
    elderId: z.string().min(1).max(36),
    items: z.array(z.strictObject({ code: z.string().min(1).max(64), quantity: z.number().int().min(1).max(99) })).min(1).max(10),
    schedule: needSchedule,
    /** The wished visit window on the service day. */
    windowFrom: clock.default('09:00'),
    windowTo: clock.default('11:00'),
    holidays: z.enum(HOLIDAY_POLICIES).default('shift'),
    /** How many days before the service day its order is opened (quote, confirmation and dispatch take time). */
    leadDays: z.number().int().min(0).max(7).default(1),
    startsOn: calendarDate,
    endsOn: calendarDate.nullable().default(null),
    serviceAddress: z.string().trim().max(200).default(''),
    accessNotes: z.string().trim().max(500).default(''),
  })
  .refine((b) => b.windowFrom < b.windowTo, { path: ['windowTo'], message: 'the window ends after it starts' })
  .refine((b) => b.endsOn === null || b.endsOn >= b.startsOn, { path: ['endsOn'], message: 'ends on or after the first day' });
export type PeriodicNeedBody = z.input<typeof periodicNeedBody>;

export const periodicNeedView = z.object({
  id: z.string(),
  elderId: z.string(),
  serviceType: z.string(),
  items: z.array(z.object({ code: z.string(), quantity: z.number().int() })),
  schedule: needSchedule,
  windowFrom: z.string(),
  windowTo: z.string(),
  holidays: z.enum(HOLIDAY_POLICIES),
  leadDays: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  serviceAddress: z.string(),
  accessNotes: z.string(),
  status: z.enum(NEED_STATUSES),
  createdAt: timestamp,
  /** The next service days (after holidays), at most three. */
  next: z.array(z.string()),
  /** The orders it opened, newest first: the scheduled day, the service day and the case. */
  occurrences: z.array(z.object({ scheduledOn: z.string(), serviceOn: z.string(), caseId: z.string(), caseNumber: z.string().nullable() })),
});
export type PeriodicNeedView = z.infer<typeof periodicNeedView>;

export const periodicNeedAnswer = z.object({ need: periodicNeedView });
export const periodicNeedsAnswer = z.object({ needs: z.array(periodicNeedView) });
export const periodicNeedListQuery = z.strictObject({ elderId: z.string().min(1).max(36) });
/** Pause, resume or end; ending is for good. */
export const NEED_ACTIONS = ['pause', 'resume', 'end'] as const;
