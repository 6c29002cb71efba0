import { DataSource, EntityManager } from 'typeorm';
import { driverCode } from './errors';

/** MariaDB/MySQL chose this transaction as a deadlock victim or gave up waiting for a lock; SQLite was busy. */
const LOCK_CONFLICTS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);

export function isLockConflict(error: unknown): boolean {
  return LOCK_CONFLICTS.has(driverCode(error) ?? '');
}

const ATTEMPTS = 5;

/**
 * A transaction that is run again when the database rolled it back over a lock conflict. InnoDB
 * takes gap locks for inserts and deletes of neighbouring keys, so concurrent writers of the same
 * tables can deadlock although they touch different rows; the victim's work is gone and running
 * it again is the documented remedy. `work` must do all its writing through the manager it gets.
 */
export async function retryingTransaction<T>(dataSource: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isLockConflict(error)) throw error;
      // A random pause, longer each time, so the same transactions do not meet again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
