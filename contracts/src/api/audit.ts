import { z } from 'zod';
import { jsonObject, timestamp } from '../wire';

/** One audit entry: who did what to which record, with the values before and after where the change has them. */
export const auditEntryView = z.object({
  id: z.string(),
  at: timestamp,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** What happened, as `entity.verb`: user.create, auth.login_failed, task.complete… */
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: jsonObject.nullable(),
  after: jsonObject.nullable(),
  ip: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

const auditFilter = {
  actorId: z.string().max(36).optional(),
  /** The actor's user name as recorded (exact). */
  actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
};
/** GET /api/audit: newest first, paged. */
export const auditQuery = z.strictObject({
  ...auditFilter,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.output<typeof auditQuery>;
/** GET /api/audit/export: the search's filter, without paging. */
export const auditExportQuery = z.strictObject(auditFilter);

export const auditPage = z.object({ entries: z.array(auditEntryView), total: z.number().int() });
