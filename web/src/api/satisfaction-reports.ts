import type { satisfactionReportAnswer, SatisfactionReportQuery, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type SatisfactionReport = Wire<typeof satisfactionReportAnswer>;
export type SatisfactionReportRow = SatisfactionReport['rows'][number];
export type RatingCommentRow = SatisfactionReport['comments'][number];
/** The query as the page sends it (groupBy optional: the engine defaults it to agent). */
export type SatisfactionReportParams = Omit<SatisfactionReportQuery, 'groupBy'> & Partial<Pick<SatisfactionReportQuery, 'groupBy'>>;

export const getSatisfactionReport = (query: SatisfactionReportParams, signal?: AbortSignal) => api.get<SatisfactionReport>(`/api/reports/satisfaction${queryString(query)}`, { signal });

export const satisfactionReportXlsxUrl = (query: SatisfactionReportParams) => `/api/reports/satisfaction.xlsx${queryString(query)}`;
