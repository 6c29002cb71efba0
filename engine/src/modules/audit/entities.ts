import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  /** What happened, as `entity.verb`: user.create, auth.login_failed, task.complete… */
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  columns: {
    id: column.id(),
    at: column.time(),
    actorId: named('actor_id', column.text(36, true)),
    actorName: named('actor_name', column.text(64, true)),
    action: column.text(64),
    entityType: named('entity_type', column.text(64)),
    entityId: named('entity_id', column.text(64, true)),
    before: named('before_value', column.json(true)),
    after: named('after_value', column.json(true)),
    ip: column.text(64, true),
  },
});
