// The audit log (/api/audit) as the 审计日志 page reads and exports it.
import type { auditEntryView, auditExportQuery, auditPage, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

/** One audit entry: who did what to which record, with the values before and after where the change has them. */
export type AuditEntry = Wire<typeof auditEntryView>;

/** The filter as the URL carries it (from and to: ISO instants). */
export type AuditFilter = { [K in keyof z.input<typeof auditExportQuery>]?: string };

export const listAudit = (query: AuditFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
  api.get<Wire<typeof auditPage>>(`/api/audit${queryString({ ...query })}`, { signal });

/** The filtered log as an Excel download (the engine audits the export itself). */
export const auditExportUrl = (filter: AuditFilter) => `/api/audit/export${queryString({ ...filter })}`;
