import { z } from 'zod';
import { httpUrl, timestamp } from '../wire';

// 转办件: cases handed over from the 12345 line, the government mailbox or government SMS.

/** A source's code, as its intake URL names it: POST /api/handovers/<code>. */
export const handoverSourceCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/, '2–32 lower-case letters, digits and hyphens');
const serviceTypeKey = z.string().min(1).max(64);
/** The channels a handed-over case may open with (a service type must take it). */
export const HANDOVER_CHANNELS = ['handover', 'phone', 'web', 'sms', 'mailbox'] as const;

/** The source's category code → the service type its cases open (e.g. 投诉 → complaint). */
export const handoverMapping = z.record(z.string().trim().min(1).max(64), serviceTypeKey).refine((m) => Object.keys(m).length <= 100, 'at most 100 categories');

const sourceFields = {
  name: z.string().trim().min(1).max(64),
  channel: z.enum(HANDOVER_CHANNELS),
  callbackUrl: httpUrl.nullable(),
  mapping: handoverMapping,
  defaultServiceType: serviceTypeKey,
  active: z.boolean(),
};

/** POST /api/handover-sources: a new source with the secret both sides sign with (never shown again). */
export const createHandoverSourceBody = z.strictObject({ code: handoverSourceCode, ...sourceFields, secret: z.string().min(16).max(128) });
/** PUT /api/handover-sources/:code: the secret only when it changes. */
export const updateHandoverSourceBody = z.strictObject({ ...sourceFields, secret: z.string().min(16).max(128).optional() });

export const handoverSource = z.object({ code: handoverSourceCode, ...sourceFields, updatedAt: timestamp });
export const handoverSourceAnswer = z.object({ source: handoverSource });
export const handoverSourcesAnswer = z.object({ sources: z.array(handoverSource) });

/** POST /api/handovers/:source, signed: one 转办件 as the source sends it. */
export const handoverIntakeBody = z.object({
  reference: z.string().trim().min(1).max(64),
  category: z.string().trim().max(64).optional(),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(''),
  caller: z.object({ name: z.string().trim().max(50).optional(), phone: z.string().trim().max(30).optional() }).default({}),
  address: z.string().trim().max(200).optional(),
  areaCode: z.string().trim().max(32).optional(),
  receivedAt: z.iso.datetime({ offset: true }),
  attachments: z.array(httpUrl).max(20).default([]),
});

/** The case the 转办件 made or joined: 201 with repeat false, 200 with repeat true (joined the open case). */
export const handoverIntakeAnswer = z.object({
  caseNumber: z.string(),
  repeat: z.boolean(),
  /** A 转办件 sent again after its case closed opens a new case linked to the old one. */
  previousCaseNumber: z.string().nullable(),
});

/** waiting: the case is open · starting/started: the result is being posted · reported/failed/incident · skipped: no callback URL. */
export const HANDOVER_REPORT_STATES = ['waiting', 'starting', 'started', 'incident', 'reported', 'failed', 'skipped'] as const;

export const handoverView = z.object({
  id: z.string(),
  source: z.string(),
  reference: z.string(),
  category: z.string().nullable(),
  caseId: z.string(),
  caseNumber: z.string(),
  serviceTypeKey: z.string(),
  repeats: z.number().int(),
  previousCaseNumber: z.string().nullable(),
  receivedAt: timestamp,
  reportState: z.enum(HANDOVER_REPORT_STATES),
  reportedAt: timestamp.nullable(),
  reportError: z.string().nullable(),
});
export const handoverListQuery = z.object({ source: handoverSourceCode.optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) });
export const handoverListAnswer = z.object({ handovers: z.array(handoverView), total: z.number().int() });
export const handoverAnswer = z.object({ handover: handoverView });
