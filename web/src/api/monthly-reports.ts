import type { monthlyReport, MonthlyReportInput, monthlyReportList, Wire } from '@careflow/contracts';
import { api } from './client';

export type MonthlyReportEntry = Wire<typeof monthlyReport>;
export type MonthlyReportArchive = Wire<typeof monthlyReportList>;

export const listMonthlyReports = (signal?: AbortSignal) => api.get<MonthlyReportArchive>('/api/reports/monthly', { signal });

export const generateMonthlyReport = (input: MonthlyReportInput) => api.post<MonthlyReportEntry>('/api/reports/monthly', input);

export const monthlyReportFileUrl = (id: string, format: 'pdf' | 'xlsx') => `/api/reports/monthly/${encodeURIComponent(id)}/${format}`;
