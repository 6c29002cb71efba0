import type { elderReportAnswer, ElderReportQuery, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type ElderReport = Wire<typeof elderReportAnswer>;
export type ElderReportRow = ElderReport['rows'][number];
/** The query as the page sends it (groupBy optional: the engine defaults it to category). */
export type ElderReportParams = Omit<ElderReportQuery, 'groupBy'> & Partial<Pick<ElderReportQuery, 'groupBy'>>;

export const getElderReport = (query: ElderReportParams, signal?: AbortSignal) => api.get<ElderReport>(`/api/reports/elders${queryString(query)}`, { signal });

export const elderReportXlsxUrl = (query: ElderReportParams) => `/api/reports/elders.xlsx${queryString(query)}`;
