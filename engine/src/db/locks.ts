import { EntityManager } from 'typeorm';

/** A row lock for read-modify-write on MySQL; SQLite has no row locks and runs one writer at a time anyway. */
export const writeLock = (m: EntityManager) => (m.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined);
