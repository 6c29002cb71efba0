import type { caseReportAnswer, CaseReportQuery, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type CaseReport = Wire<typeof caseReportAnswer>;
export type CaseReportRow = CaseReport['rows'][number];
export type CaseKpiFigures = CaseReport['total'];
export type BacklogRow = CaseReport['backlog']['rows'][number];
/** The query as the page sends it (groupBy optional: the engine defaults it to type). */
export type CaseReportParams = Omit<CaseReportQuery, 'groupBy'> & Partial<Pick<CaseReportQuery, 'groupBy'>>;

export const getCaseReport = (query: CaseReportParams, signal?: AbortSignal) => api.get<CaseReport>(`/api/reports/cases${queryString(query)}`, { signal });

export const caseReportXlsxUrl = (query: CaseReportParams) => `/api/reports/cases.xlsx${queryString(query)}`;
