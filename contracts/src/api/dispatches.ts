import { z } from 'zod';
import { httpUrl, timestamp } from '../wire';

// 派单: a service item sent to a provider, the provider's answers, and its webhook.

/**
 * started: the worker is at the elder's (服务中); done follows it (finish) or, for older callers, accepted (done).
 * canceled: its case was canceled while the order was open (dispatched, accepted or started); reason says why.
 */
export const DISPATCH_STATUSES = ['dispatched', 'accepted', 'started', 'rejected', 'expired', 'done', 'canceled'] as const;
export const dispatchStatus = z.enum(DISPATCH_STATUSES);
export type DispatchStatus = z.infer<typeof dispatchStatus>;

const id = z.string().min(1).max(36);
const code = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
const reason = z.string().trim().min(1).max(500);

/**
 * An ISO 8601 duration as BPMN timers take it (PT30M, PT24H, P1D, P1DT12H, P1W), for an order's
 * answer and work windows (SLA): at least one part, whole numbers but for seconds.
 */
export const isoDuration = z
  .string()
  .max(32)
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'an ISO 8601 duration such as PT30M or P1D');

/** POST /api/dispatches: to the provider the rules choose, or the one named; idempotent by key. */
export const newDispatchBody = z.strictObject({
  key: z.string().min(1).max(128),
  caseId: id.optional(),
  serviceItem: code,
  areaCode: code.max(32),
  providerId: id.optional(),
  note: z.string().trim().max(500).optional(),
  /** How long the provider has to answer (the process's 接单超时): sets answerDueAt. */
  acceptWithin: isoDuration.optional(),
  /** How long the work may take once accepted (服务超时): sets workDueAt on acceptance. */
  workWithin: isoDuration.optional(),
  /** The worker reports what they found at the elder's when finishing (上门探视): fine, needs help or not found. */
  asksVisitResult: z.boolean().optional(),
});

/** GET /api/dispatches: newest first, a page at a time (the default page of 200 is what the list gave before it had pages). */
export const dispatchListQuery = z.object({
  status: dispatchStatus.optional(),
  caseId: id.optional(),
  staffId: id.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(200),
});
export type DispatchListQuery = z.output<typeof dispatchListQuery>;

/** POST /api/dispatches/:id/accept: optionally naming the staff member who goes. */
export const acceptDispatchBody = z.strictObject({ staffId: id.optional() });
/** POST /api/dispatches/:id/reject. */
export const rejectDispatchBody = z.strictObject({ reason });
/** POST /api/dispatches/:id/start: the worker arrives, optionally with a photo (an uploaded file's id). */
export const startDispatchBody = z.strictObject({ photoFileId: id.optional() });
/**
 * What a worker found on a 上门探视: the elder is fine, needs help, or was not found at home (which
 * opens 紧急救助 at once).
 */
export const VISIT_RESULTS = ['fine', 'needs_help', 'not_found'] as const;
export const visitResult = z.enum(VISIT_RESULTS);
export type VisitResult = z.infer<typeof visitResult>;

/**
 * POST /api/dispatches/:id/finish: the work is done, with a photo (required) and the proof of the
 * visit: the elder's 爱心卡 number or the one-time code read out; an order that asks for it
 * (asksVisitResult) also takes what the worker found.
 */
export const finishDispatchBody = z.strictObject({
  photoFileId: id,
  proof: z.string().trim().min(1).max(64).optional(),
  note: z.string().trim().max(500).optional(),
  visitResult: visitResult.optional(),
});

/** POST /api/dispatches/webhook: a provider's signed answer to an order. */
export const providerWebhookAnswerBody = z.discriminatedUnion('action', [
  z.strictObject({ dispatchId: id, action: z.literal('accept'), staffId: id.optional() }),
  z.strictObject({ dispatchId: id, action: z.literal('reject'), reason }),
  z.strictObject({ dispatchId: id, action: z.literal('done') }),
]);

/** PUT /api/providers/:id/webhook: set it (with the secret both sides sign with) or remove it (url null). */
export const providerWebhookBody = z.union([z.strictObject({ url: httpUrl, secret: z.string().min(16).max(128) }), z.strictObject({ url: z.null() })]);

/** A dispatched order as its reader may see it (the provider's phone masked for those who see masked phones). */
export const dispatchView = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  serviceItem: z.string(),
  /** The item's name in the catalog (紧急上门查看), for messages and lists. */
  serviceItemName: z.string(),
  areaCode: z.string(),
  areaPath: z.string(),
  providerId: z.string(),
  staffId: z.string().nullable(),
  status: dispatchStatus,
  note: z.string().nullable(),
  /** Why the provider rejected it. */
  reason: z.string().nullable(),
  /** 1 for the first dispatch of the case's service item, 2 for the re-dispatch after a refusal… (1 without a case). */
  attempt: z.number().int().min(1),
  acceptedAt: timestamp.nullable(),
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  /** The elder's 爱心卡 number or the one-time code read out at the end of the visit. */
  proof: z.string().nullable(),
  /** The worker's note when finishing. */
  workNote: z.string().nullable(),
  /** Whether finishing asks what the worker found (上门探视), and what they reported. */
  asksVisitResult: z.boolean(),
  visitResult: visitResult.nullable(),
  /** Photos taken at the start and the end of the visit (stored files' ids), oldest first. */
  photoFileIds: z.array(z.string()),
  /** SLA: when the provider's answer is due (created + the accept window); null without a window. */
  answerDueAt: timestamp.nullable(),
  /** SLA: when the work is due (accepted + the work window); null before acceptance or without a window. */
  workDueAt: timestamp.nullable(),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  provider: z.object({ id: z.string(), name: z.string(), contactPhone: z.string() }),
  /** Where the worker goes, as much as the job needs: the case's number, the elder's name, address and phone (masked for providers). */
  visit: z.object({ caseNumber: z.string(), elderName: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});

export const dispatchAnswer = z.object({ dispatch: dispatchView });
/** repeated: the key was used before; this is the dispatch it made. */
export const newDispatchAnswer = z.object({ dispatch: dispatchView, repeated: z.boolean() });
/** total: the orders matching the filters, over all pages. */
export const dispatchListAnswer = z.object({ dispatches: z.array(dispatchView), total: z.number().int().min(0) });
/** What a provider's webhook call hears back. */
export const providerWebhookCallAnswer = z.object({ dispatch: z.object({ id: z.string(), status: dispatchStatus }) });
/** The signed POST a connector sends to the provider's webhook; null when the provider has none. */
export const dispatchWebhookRequestAnswer = z.object({
  request: z.object({ url: z.string(), headers: z.record(z.string(), z.string()), body: z.string() }).nullable(),
});
/** How a test call to a provider's webhook went: its answer's status, or why there was none. */
export const WEBHOOK_TEST_OUTCOMES = ['accepted', 'refused_by_provider', 'server_error', 'unreachable', 'address_refused'] as const;
/** POST /api/providers/:id/webhook/test */
export const providerWebhookTestAnswer = z.object({ test: z.object({ outcome: z.enum(WEBHOOK_TEST_OUTCOMES), status: z.number().int().nullable(), url: z.string(), at: timestamp }) });
/** A provider's webhook settings (the secret is never shown). */
export const providerWebhookSettingsAnswer = z.object({ webhook: z.object({ url: z.string().nullable(), updatedAt: timestamp.nullable() }) });

/**
 * GET /api/cases/:id/cancellation-terms: what canceling the case now would do to its open orders.
 * fee: what the provider's terms charge for that order (0 before the worker started, or free terms).
 */
export const caseCancellationTermsAnswer = z.object({
  orders: z.array(
    z.object({
      dispatchId: z.string(),
      providerId: z.string(),
      providerName: z.string(),
      serviceItemName: z.string(),
      status: dispatchStatus,
      fee: z.number().int().min(0),
      /** The provider's terms as the bureau wrote them, shown to the agent. */
      terms: z.string().nullable(),
    }),
  ),
  /** The sum of the fees (fen). */
  fee: z.number().int().min(0),
});
