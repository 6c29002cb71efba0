import type {
  billingMonthAnswer,
  billingMonthsAnswer,
  settlementAnswer,
  settlementConfirmAnswer,
  settlementsAnswer,
  subsidyReportAnswer,
  subsidyRulesAnswer,
  subsidyRulesBody,
  Wire,
} from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

// 结算, 补贴报表, 月结 and 补贴规则 (money in fen).

export type Settlements = Wire<typeof settlementsAnswer>;
export type SettlementRow = Settlements['settlements'][number];
export type SettlementDetail = Wire<typeof settlementAnswer>;
export type SettlementLine = SettlementDetail['lines'][number];
export type SubsidyReport = Wire<typeof subsidyReportAnswer>['report'];
export type SubsidyRules = Wire<typeof subsidyRulesAnswer>;
export type SubsidyRulesBody = z.input<typeof subsidyRulesBody>;
export type ClosedMonth = Wire<typeof billingMonthsAnswer>['months'][number];

const enc = encodeURIComponent;

export const listSettlements = (month: string, signal?: AbortSignal) => api.get<Settlements>(`/api/billing/settlements${queryString({ month })}`, { signal });

/** One provider's month with one page of its lines (the server caps a page at 200). */
export const getSettlement = (providerId: string, month: string, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<SettlementDetail>(`/api/billing/settlements/${enc(providerId)}${queryString({ month, page, pageSize })}`, { signal });

/** A plain link: the browser's download keeps the file name the engine gives. */
export const settlementXlsxUrl = (providerId: string, month: string) => `/api/billing/settlements/${enc(providerId)}/xlsx${queryString({ month })}`;

export async function confirmSettlement(providerId: string, month: string, signatureName: string): Promise<SettlementRow> {
  return (await api.post<Wire<typeof settlementConfirmAnswer>>(`/api/billing/settlements/${enc(providerId)}/${enc(month)}/confirm`, { signatureName })).settlement;
}

export async function getSubsidyReport(month: string, signal?: AbortSignal): Promise<SubsidyReport> {
  return (await api.get<Wire<typeof subsidyReportAnswer>>(`/api/billing/reports/subsidy${queryString({ month })}`, { signal })).report;
}

export const subsidyReportXlsxUrl = (month: string) => `/api/billing/reports/subsidy/xlsx${queryString({ month })}`;

export const getSubsidyRules = (signal?: AbortSignal) => api.get<SubsidyRules>('/api/billing/subsidy-rules', { signal });

export const saveSubsidyRules = (body: SubsidyRulesBody) => api.put<SubsidyRules>('/api/billing/subsidy-rules', body);

export async function listClosedMonths(signal?: AbortSignal): Promise<ClosedMonth[]> {
  return (await api.get<Wire<typeof billingMonthsAnswer>>('/api/billing/months', { signal })).months;
}

export async function closeMonth(month: string): Promise<void> {
  await api.post<Wire<typeof billingMonthAnswer>>(`/api/billing/months/${enc(month)}/close`);
}
