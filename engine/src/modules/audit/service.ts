import crypto from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { dateRange, pageWindow } from '../../db/where';
import { AuditEntry, AuditEntryEntity } from './entities';

/** Who did something: a user, or nobody yet (a failed login), and from where. */
export interface Actor {
  id: string | null;
  username: string | null;
  ip: string | null;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditFilter {
  actorId?: string;
  /** The actor's user name as recorded (exact). */
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/**
 * The append-only audit log. It has no update or delete: entries are written with the change they
 * describe (pass the transaction's manager) and read by auditors.
 */
export class AuditLog {
  private readonly entries: Repository<AuditEntry>;

  constructor(dataSource: DataSource) {
    this.entries = dataSource.getRepository(AuditEntryEntity);
  }

  async record(actor: Actor, record: AuditRecord, manager?: EntityManager): Promise<void> {
    const entry: AuditEntry = {
      id: crypto.randomUUID(),
      at: new Date(),
      actorId: actor.id,
      actorName: actor.username,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      before: record.before ?? null,
      after: record.after ?? null,
      ip: actor.ip,
    };
    const repository = manager ? manager.getRepository(AuditEntryEntity) : this.entries;
    await repository.insert(asRow(entry));
  }

  async search(filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }> {
    const [entries, total] = await this.entries.findAndCount({ where: whereOf(filter), order: ORDER, ...pageWindow(filter) });
    return { entries, total };
  }

  /** Every entry the filter matches, newest first, up to `limit` (for exports). */
  async matching(filter: Omit<AuditFilter, 'page' | 'pageSize'>, limit: number): Promise<AuditEntry[]> {
    return this.entries.find({ where: whereOf(filter), order: ORDER, take: limit });
  }
}

const ORDER = { at: 'DESC', id: 'ASC' } as const;

function whereOf(filter: Omit<AuditFilter, 'page' | 'pageSize'>): FindOptionsWhere<AuditEntry> {
  const where: FindOptionsWhere<AuditEntry> = {};
  if (filter.actorId) where.actorId = filter.actorId;
  if (filter.actor) where.actorName = filter.actor;
  if (filter.action) where.action = filter.action;
  if (filter.entityType) where.entityType = filter.entityType;
  if (filter.entityId) where.entityId = filter.entityId;
  const at = dateRange(filter.from, filter.to);
  if (at) where.at = at;
  return where;
}
