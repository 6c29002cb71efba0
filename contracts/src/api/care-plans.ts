import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:mm');
const groupKey = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'a group key');

/** What a care plan (关怀计划) does: 关怀电话, 生日祝福, 缴费/预约提醒, 用药提醒, 上门探视. */
export const CARE_KINDS = ['care_call', 'birthday', 'reminder', 'medication', 'home_visit'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

/**
 * How an occurrence reaches the elder: an agent's call (a task in the inbox at the due time), a robot
 * call (text-to-speech, 1 = fine, 2 = needs help), or a home visit by the community worker (portal).
 */
export const CARE_CHANNELS = ['agent', 'robot', 'visit'] as const;
export type CareChannel = (typeof CARE_CHANNELS)[number];

/**
 * When a plan falls: on weekdays (1 = Monday … 7 = Sunday), monthly on a day (31 = the month's last
 * day in shorter months), every N days from its first day, or yearly on the elder's birthday.
 */
export const careSchedule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weekly'), weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7) }),
  z.strictObject({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }),
  z.strictObject({ kind: z.literal('every'), days: z.number().int().min(1).max(366) }),
  z.strictObject({ kind: z.literal('birthday') }),
]);
export type CareSchedule = z.infer<typeof careSchedule>;

/** Who answers for the plan's agent calls and visits: a group, or the elder's community worker (社区工作人员). */
export const careOwner = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('group'), group: groupKey }), z.strictObject({ kind: z.literal('community_worker') })]);
export type CareOwner = z.infer<typeof careOwner>;

/**
 * The placeholders a message may use; each is replaced by plain text, nothing else is read.
 * {姓名} the elder's name, {称呼} 爷爷/奶奶 by gender, {事项} the plan's subject, {日期} the occurrence's day.
 */
export const CARE_MESSAGE_PLACEHOLDERS = ['姓名', '称呼', '事项', '日期'] as const;

/** A message template: at most 300 characters, only the known placeholders (a plan's, a rule's, a campaign's). */
export const careMessage = z
  .string()
  .trim()
  .max(300)
  .default('')
  .refine((m) => [...m.matchAll(/\{([^{}]*)\}/g)].every((p) => (CARE_MESSAGE_PLACEHOLDERS as readonly string[]).includes(p[1])), {
    message: `placeholders are ${CARE_MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`,
  });

/** The fields a plan and a rule share: what, how, when. */
const planFields = {
  kind: z.enum(CARE_KINDS),
  channel: z.enum(CARE_CHANNELS),
  schedule: careSchedule,
  /** The time window on the day; a robot call starts at its beginning (never inside the quiet hours). */
  windowFrom: clock.default('09:00'),
  windowTo: clock.default('11:00'),
  /** On a public holiday: skip the occurrence or shift it to the next working day. */
  holidays: z.enum(['skip', 'shift']).default('shift'),
  /** What the payment/appointment reminder is about (缴费事项), read out as {事项}. */
  subject: z.string().trim().max(100).default(''),
  /** The text read out or shown to the agent; empty means the kind's default. */
  message: careMessage,
  owner: careOwner.default({ kind: 'group', group: 'hotline' }),
};

const windowOk = (b: { windowFrom: string; windowTo: string }) => b.windowFrom < b.windowTo;

export const carePlanBody = z
  .strictObject({ elderId: z.string().min(1).max(36), ...planFields, startsOn: calendarDate, endsOn: calendarDate.nullable().default(null) })
  .refine(windowOk, { path: ['windowTo'], message: 'the window ends after it starts' })
  .refine((b) => b.endsOn === null || b.endsOn >= b.startsOn, { path: ['endsOn'], message: 'ends on or after the first day' });
export type CarePlanBody = z.input<typeof carePlanBody>;

export const CARE_PLAN_STATUSES = ['active', 'paused', 'ended'] as const;
export const CARE_PLAN_ACTIONS = ['pause', 'resume', 'end'] as const;

/** How an occurrence ended, on the elder file, the 关怀 page and in reports. */
export const CARE_OUTCOMES = ['pending', 'fine', 'needs_help', 'unreached', 'visited_fine', 'visit_needs_help', 'not_found', 'canceled'] as const;
export type CareOutcome = (typeof CARE_OUTCOMES)[number];

export const careOccurrenceView = z.object({
  id: z.string(),
  planId: z.string(),
  scheduledOn: z.string(),
  /** When the first call is due (the window's start, after quiet hours). */
  dueAt: timestamp,
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  tries: z.number().int(),
  outcome: z.enum(CARE_OUTCOMES),
  closedAt: timestamp.nullable(),
});
export type CareOccurrenceView = z.infer<typeof careOccurrenceView>;

/** The plan's fields as stored and shown (a plan's and a rule's alike). */
const planFieldsView = {
  kind: z.enum(CARE_KINDS),
  channel: z.enum(CARE_CHANNELS),
  schedule: careSchedule,
  windowFrom: z.string(),
  windowTo: z.string(),
  holidays: z.enum(['skip', 'shift']),
  subject: z.string(),
  message: z.string(),
  owner: careOwner,
};

export const carePlanView = z.object({
  id: z.string(),
  elderId: z.string(),
  ...planFieldsView,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  status: z.enum(CARE_PLAN_STATUSES),
  /** Why it ended or paused, when the system did it (e.g. the elder died or moved away). */
  statusReason: z.string().nullable(),
  /** The rule that made it, if any. */
  ruleId: z.string().nullable(),
  createdAt: timestamp,
  /** The next days it falls on (after holidays), at most three. */
  next: z.array(z.string()),
  /** Its latest occurrences, newest first. */
  occurrences: z.array(careOccurrenceView),
});
export type CarePlanView = z.infer<typeof carePlanView>;

export const carePlanAnswer = z.object({ plan: carePlanView });
export const carePlansAnswer = z.object({ plans: z.array(carePlanView) });
export const carePlanListQuery = z.strictObject({ elderId: z.string().min(1).max(36) });
/** GET /api/exports/care-plans: the standing plans (not ended) of the elders in your area scope, within this area if given. */
export const carePlanExportQuery = z.strictObject({ areaCode: z.string().min(1).max(32).optional() });

/**
 * 关怀规则: gives every elder matching its filter a plan, now and whenever an elder comes to match
 * (a new file, a move, a birthday that crosses the age).
 */
export const careRuleFilter = z.strictObject({
  /** Within this area (and its sub-areas); null = everywhere. */
  areaCode: z.string().min(1).max(32).nullable().default(null),
  /** dictionary living_situation codes, e.g. alone; empty = any. */
  livingSituations: z.array(z.string().min(1).max(64)).max(10).default([]),
  minAge: z.number().int().min(0).max(130).nullable().default(null),
});
export type CareRuleFilter = z.infer<typeof careRuleFilter>;

export const careRuleBody = z
  .strictObject({ name: z.string().trim().min(1).max(100), filter: careRuleFilter, ...planFields })
  .refine(windowOk, { path: ['windowTo'], message: 'the window ends after it starts' });
export type CareRuleBody = z.input<typeof careRuleBody>;

export const careRuleView = z.object({
  id: z.string(),
  name: z.string(),
  filter: careRuleFilter,
  ...planFieldsView,
  active: z.boolean(),
  /** How many elders' plans it made that are not ended. */
  plans: z.number().int(),
  createdAt: timestamp,
});
export type CareRuleView = z.infer<typeof careRuleView>;
export const careRuleAnswer = z.object({ rule: careRuleView });
export const careRulesAnswer = z.object({ rules: z.array(careRuleView) });

/**
 * The variables a 主动关怀 case starts with (one case per occurrence). The opener computes every
 * time here, quiet hours and calendar applied, so the process only waits for them.
 */
export interface CareCaseVariables {
  carePlanId: string;
  careOccurrenceId: string;
  careKind: CareKind;
  careChannel: CareChannel;
  /** The message with its placeholders filled in. */
  careMessage: string;
  /** When each robot try is placed (ISO 8601 instants): the first at the window's start, then after the retry interval, none inside quiet hours. */
  careTries: string[];
  /** The group whose agents call (agent channel, callbacks): the owner group or hotline. */
  careGroup: string;
  /** How long the community worker has for a 上门探视 (ISO 8601 duration). */
  visitWithin: string;
  scheduledOn: string;
}

/** GET /api/care/overview: the 关怀 page — one day's occurrences, elders not reached lately, plans by area and kind. */
export const careOverviewQuery = z.strictObject({
  date: calendarDate.optional(),
  /** Within this area (and below); the user's own area scope applies anyway. */
  areaCode: z.string().min(1).max(32).optional(),
  /** Elders whose last reached occurrence is older than this many days (or who were never reached). */
  notReachedDays: z.coerce.number().int().min(1).max(365).default(7),
});
/** The query as the web app sends it (every field optional, numbers as numbers). */
export type CareOverviewQuery = Partial<z.infer<typeof careOverviewQuery>>;

export const careDayRow = z.object({
  occurrenceId: z.string(),
  elderId: z.string(),
  elderName: z.string(),
  areaCode: z.string(),
  kind: z.enum(CARE_KINDS),
  channel: z.enum(CARE_CHANNELS),
  dueAt: timestamp,
  tries: z.number().int(),
  outcome: z.enum(CARE_OUTCOMES),
  /** Still running, and gone past the elder already: a visit sent or the relatives called. */
  escalating: z.boolean(),
  /** Nobody answered the calls to the elder (whatever followed); never for a visit plan. */
  unreached: z.boolean(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
});
export type CareDayRow = z.infer<typeof careDayRow>;

export const careOverviewAnswer = z.object({
  date: z.string(),
  /**
   * The day's occurrences counted: due = all = pending + done + escalated + canceled; done = fine (by
   * phone or on the visit); escalated = someone else acts (help needed, not found, visit or relatives
   * under way); unanswered = the calls to the elder went unanswered, whatever followed (overlaps the others).
   */
  counts: z.object({ due: z.number().int(), pending: z.number().int(), done: z.number().int(), unanswered: z.number().int(), escalated: z.number().int(), canceled: z.number().int() }),
  day: z.array(careDayRow),
  notReached: z.array(z.object({ elderId: z.string(), elderName: z.string(), areaCode: z.string(), lastReachedAt: timestamp.nullable(), activePlans: z.number().int() })),
  byArea: z.array(z.object({ areaCode: z.string(), kind: z.enum(CARE_KINDS), plans: z.number().int() })),
});
export type CareOverview = z.infer<typeof careOverviewAnswer>;
