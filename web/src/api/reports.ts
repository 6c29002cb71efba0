import type { callReportAnswer, CallReportQuery, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type CallReport = Wire<typeof callReportAnswer>;
export type CallReportRow = CallReport['rows'][number];
export type CallKpiFigures = CallReport['total'];
/** The query as the page sends it (groupBy optional: the engine defaults it to day). */
export type CallReportParams = Omit<CallReportQuery, 'groupBy'> & Partial<Pick<CallReportQuery, 'groupBy'>>;

export const getCallReport = (query: CallReportParams, signal?: AbortSignal) => api.get<CallReport>(`/api/reports/calls${queryString(query)}`, { signal });

export const callReportXlsxUrl = (query: CallReportParams) => `/api/reports/calls.xlsx${queryString(query)}`;
