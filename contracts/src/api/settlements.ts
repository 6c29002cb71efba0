import { z } from 'zod';
import { timestamp } from '../wire';
import { billingMonth, chargeLine } from './billing';

// 结算 (a provider's month, confirmed by its admin once the month is closed) and 补贴报表 (the bureau's subsidy report). Money is integer fen.

const fen = z.number().int();
const count = z.number().int().min(0);

/** GET /api/billing/settlements, /settlements/:providerId, /reports/subsidy: the month (default: this month). */
export const settlementQuery = z.object({ month: billingMonth.optional() });
/** GET /api/billing/settlements/:providerId: the month and a page of its lines (a month can hold tens of thousands). */
export const settlementDetailQuery = settlementQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The money of a set of lines: the amount, what the bureau pays and what the elders pay. */
const money = { amount: fen, subsidy: fen, elderShare: fen };

/** The provider's admin signed the month's figures (签字确认). */
export const settlementConfirmation = z.object({ signatureName: z.string(), confirmedAt: timestamp, confirmedBy: z.string(), confirmedByName: z.string() });

/** One provider's month: orders are the distinct dispatches (else cases, else charges) charged; adjustments the adjustment lines' amount. */
export const settlementRow = z.object({
  providerId: z.string(),
  providerName: z.string(),
  orders: count,
  lines: count,
  ...money,
  adjustments: fen,
  confirmation: settlementConfirmation.nullable(),
});
export const settlementTotals = z.object({ orders: count, lines: count, ...money, adjustments: fen });

/** scoped: the figures cover only the lines of elders in the caller's area scope. */
const monthHead = { month: z.string(), closed: z.boolean(), scoped: z.boolean() };

export const settlementsAnswer = z.object({ ...monthHead, settlements: z.array(settlementRow), totals: settlementTotals });

export const settlementLine = chargeLine.extend({ elderName: z.string() });
/** lines: one page of them in the order served; total: every line of the settlement in the caller's scope. */
export const settlementAnswer = z.object({ ...monthHead, settlement: settlementRow, lines: z.array(settlementLine), page: z.number().int(), pageSize: z.number().int(), total: count });

/** POST /api/billing/settlements/:providerId/:month/confirm */
export const settlementConfirmBody = z.strictObject({ signatureName: z.string().trim().min(1).max(50) });
export const settlementConfirmAnswer = z.object({ settlement: settlementRow });

const reportFigures = { lines: count, elders: count, ...money };
/** GET /api/billing/reports/subsidy: by the elder's area, by their subsidy category (null: none on file), by item; and the grand total. */
export const subsidyReportAnswer = z.object({
  report: z.object({
    ...monthHead,
    byArea: z.array(z.object({ areaCode: z.string(), areaName: z.string(), areaPath: z.string(), ...reportFigures })),
    byCategory: z.array(z.object({ category: z.string().nullable(), ...reportFigures })),
    byItem: z.array(z.object({ itemCode: z.string(), itemName: z.string(), ...reportFigures })),
    totals: z.object(reportFigures),
  }),
});
