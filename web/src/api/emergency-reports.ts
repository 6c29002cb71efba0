import type { emergencyReportAnswer, EmergencyReportQuery, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type EmergencyReport = Wire<typeof emergencyReportAnswer>;
export type EmergencyReportRow = EmergencyReport['rows'][number];
export type EmergencyKpiFigures = EmergencyReport['total'];
/** The query as the page sends it (groupBy optional: the engine defaults it to button). */
export type EmergencyReportParams = Omit<EmergencyReportQuery, 'groupBy'> & Partial<Pick<EmergencyReportQuery, 'groupBy'>>;

export const getEmergencyReport = (query: EmergencyReportParams, signal?: AbortSignal) => api.get<EmergencyReport>(`/api/reports/emergency${queryString(query)}`, { signal });

export const emergencyReportXlsxUrl = (query: EmergencyReportParams) => `/api/reports/emergency.xlsx${queryString(query)}`;
