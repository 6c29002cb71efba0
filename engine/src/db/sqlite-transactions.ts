import { DataSource, EntityManager } from 'typeorm';

type Work<T> = (manager: EntityManager) => Promise<T>;

/**
 * SQLite runs on one connection, so TypeORM cannot open a second transaction while one is open
 * ("cannot start a transaction within a transaction"). Transactions are queued here instead, one
 * after the other, which is what SQLite does with writers anyway.
 */
export function queueSqliteTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const original = manager.transaction.bind(manager) as (work: Work<unknown>) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]): Promise<unknown> => {
    // transaction(work) or transaction(isolationLevel, work): SQLite has one isolation level.
    const work = args.find((arg): arg is Work<unknown> => typeof arg === 'function');
    if (!work) return original(args[0] as Work<unknown>); // let TypeORM report the misuse
    const run = tail.then(() => original(work));
    tail = run.catch(() => undefined);
    return run;
  };
  Object.defineProperty(manager, 'transaction', { value: queued });
}
