import type { providerReportAnswer, ProviderReportQuery, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type ProviderReport = Wire<typeof providerReportAnswer>;
export type ProviderReportRow = ProviderReport['rows'][number];
export type ProviderKpiFigures = ProviderReport['total'];
export type ProviderCommentRow = ProviderReport['comments'][number];
/** The query as the page sends it (groupBy optional: the engine defaults it to provider). */
export type ProviderReportParams = Omit<ProviderReportQuery, 'groupBy'> & Partial<Pick<ProviderReportQuery, 'groupBy'>>;

export const getProviderReport = (query: ProviderReportParams, signal?: AbortSignal) => api.get<ProviderReport>(`/api/reports/providers${queryString(query)}`, { signal });

export const providerReportXlsxUrl = (query: ProviderReportParams) => `/api/reports/providers.xlsx${queryString(query)}`;
