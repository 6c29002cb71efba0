// The audit log (/api/audit) as the 审计日志 page reads and exports it.
import { api, queryString } from './client';

/** One audit entry: who did what to which record, with the values before and after where the change has them. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** ISO instants. */
  from?: string;
  to?: string;
}

export const listAudit = (query: AuditFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
  api.get<{ entries: AuditEntry[]; total: number }>(`/api/audit${queryString({ ...query })}`, { signal });

/** The filtered log as an Excel download (the engine audits the export itself). */
export const auditExportUrl = (filter: AuditFilter) => `/api/audit/export${queryString({ ...filter })}`;
