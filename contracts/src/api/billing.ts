import { z } from 'zod';
import { ACCESS } from '../access';
import { timestamp } from '../wire';
import { smsStatus } from './sms';

// 收费: subsidy rules, quotes, charge lines, month close and the elder's monthly statement. Money is integer fen.

export const SUBSIDY_KINDS = ['percent', 'fixed'] as const;
export const subsidyKind = z.enum(SUBSIDY_KINDS);
export const CHARGE_LINE_KINDS = ['charge', 'adjustment'] as const;

const id = z.string().min(1).max(36);
const code = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
/** A billing month, YYYY-MM. */
export const billingMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
const fen = z.number().int();

/** Every item code of the request once: a second line of the same item is refused at its index. */
const uniqueCodes = <T extends { code: string }>(items: T[], ctx: z.RefinementCtx) =>
  items.forEach((item, i) => {
    if (items.findIndex((other) => other.code === item.code) !== i) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `${item.code} is listed twice` });
  });

/** One subsidy rule as sent: percent 0–100 of the amount, or fixed fen per unit of quantity. itemCode `*` is every item. */
export const subsidyRuleInput = z.strictObject({ category: code.max(32), itemCode: z.union([code, z.literal('*')]), kind: subsidyKind, value: fen.min(0) });
export const subsidyCapInput = z.strictObject({ category: code.max(32), monthlyCap: fen.min(0).nullable() });

/** PUT /api/billing/subsidy-rules: the whole set, replacing the stored one. */
export const subsidyRulesBody = z.strictObject({ rules: z.array(subsidyRuleInput).max(500), caps: z.array(subsidyCapInput).max(50) });

export const subsidyRule = z.object({ category: z.string(), itemCode: z.string(), kind: subsidyKind, value: fen, updatedAt: timestamp, updatedBy: z.string() });
export const subsidyCap = z.object({ category: z.string(), monthlyCap: fen.nullable() });
export const subsidyRulesAnswer = z.object({ rules: z.array(subsidyRule), caps: z.array(subsidyCap) });

/** POST /api/billing/quotes: what household help would cost the elder; nothing is stored. */
export const quoteBody = z.strictObject({
  elderId: id,
  providerId: id.optional(),
  items: z.array(z.strictObject({ code, quantity: z.number().int().min(1).max(99) })).min(1).max(20).superRefine(uniqueCodes),
  at: timestamp.optional(),
});

const pricedLine = { code: z.string(), name: z.string(), unit: z.string(), quantity: fen, unitPrice: fen, amount: fen, subsidy: fen, elderShare: fen };
export const billingTotals = z.object({ amount: fen, subsidy: fen, elderShare: fen });

export const quoteAnswer = z.object({
  quote: z.object({
    elderId: z.string(),
    elderName: z.string(),
    category: z.string().nullable(),
    provider: z.object({ id: z.string(), name: z.string() }),
    month: z.string(),
    lines: z.array(z.object(pricedLine)),
    totals: billingTotals,
    /** remaining: what the cap leaves after usedBefore (null: no cap). */
    cap: z.object({ monthlyCap: fen.nullable(), usedBefore: fen, remaining: fen.nullable() }),
  }),
});

/** POST /api/billing/charges: the services done, charged once per key. */
export const chargeBody = z.strictObject({
  key: z.string().min(1).max(128),
  elderId: id,
  providerId: id,
  staffId: id.optional(),
  caseId: id.optional(),
  dispatchId: id.optional(),
  servedAt: timestamp,
  items: z.array(z.strictObject({ code, quantity: z.number().int().min(1).max(99), unitPrice: fen.min(0).optional() })).min(1).max(20),
});

/** One stored line: a charge, or an adjustment of an earlier line (quantity 0). */
export const chargeLine = z.object({
  id: z.string(),
  chargeKey: z.string(),
  month: z.string(),
  elderId: z.string(),
  caseId: z.string().nullable(),
  dispatchId: z.string().nullable(),
  providerId: z.string(),
  staffId: z.string().nullable(),
  itemCode: z.string(),
  itemName: z.string(),
  unit: z.string(),
  quantity: fen,
  unitPrice: fen,
  amount: fen,
  subsidy: fen,
  elderShare: fen,
  servedAt: timestamp,
  kind: z.enum(CHARGE_LINE_KINDS),
  adjustsLineId: z.string().nullable(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: timestamp,
});

/** repeated: the key was charged before; these are its lines. */
export const chargeAnswer = z.object({ charge: z.object({ key: z.string(), month: z.string(), lines: z.array(chargeLine), totals: billingTotals }), repeated: z.boolean() });
export const chargeListQuery = z.object({ caseId: id });
export const chargeLinesAnswer = z.object({ lines: z.array(chargeLine) });

/** POST /api/billing/adjustments: changes (may be negative) to a line's amount and subsidy, booked in an open month. */
export const adjustmentBody = z.strictObject({ lineId: id, amount: fen, subsidy: fen, reason: z.string().trim().min(1).max(500) });
export const adjustmentAnswer = z.object({ line: chargeLine });

export const billingMonthView = z.object({ month: z.string(), closedAt: timestamp, closedBy: z.string() });
/** The closed months, each with the display name of who closed it. */
export const billingMonthsAnswer = z.object({ months: z.array(billingMonthView.extend({ closedByName: z.string() })) });
export const billingMonthAnswer = z.object({ month: billingMonthView });

/** GET /api/billing/statements/:elderId */
export const statementQuery = z.object({ month: billingMonth.optional() });
export const statementAnswer = z.object({
  statement: z.object({
    elder: z.object({ id: z.string(), name: z.string(), category: z.string().nullable() }),
    /** The providers of its lines, by id, to name them. */
    providers: z.array(z.object({ id: z.string(), name: z.string() })),
    month: z.string(),
    closed: z.boolean(),
    lines: z.array(chargeLine),
    totals: billingTotals,
  }),
});

// 收费清单 as files, as a text to a relative, and the month's list of elders with lines.

/** Who reads statements: the hotline's billing readers, and a provider's users (their provider's lines only). */
export const STATEMENT_READERS = [...ACCESS.billing.read, 'provider_admin', 'provider_staff'] as const;
/** Who texts a statement's summary to an elder's relative: the hotline's billing readers that work cases. */
export const STATEMENT_SMS_SENDERS = ['admin', 'supervisor', 'agent'] as const;

/** GET /api/billing/statements?month=: the elders with lines in the month (a provider's users: their provider's). */
export const statementListQuery = z.object({
  month: billingMonth.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const statementListAnswer = z.object({
  month: z.string(),
  /** count: the services (charges) of the month, adjustments aside; amount: the lines' total in fen. */
  elders: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int(), amount: fen })),
  total: z.number().int(),
});

/** POST /api/billing/statements/:elderId/sms: the month's summary to a relative (default: the first in call order with a mobile). */
export const statementSmsBody = z.strictObject({ month: billingMonth, relativeId: id.optional() });
export const statementSmsAnswer = z.object({
  /** recipient: the phone, masked. repeated: the same text to the same phone was queued before; nothing new is sent. */
  message: z.object({ id: z.string(), recipient: z.string(), recipientName: z.string().nullable(), content: z.string(), status: smsStatus }),
  repeated: z.boolean(),
});
