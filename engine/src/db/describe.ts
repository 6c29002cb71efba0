import { DatabaseConfig } from '../config';

/** The database as the log and the health check name it, without credentials. */
export function describeDatabase(db: DatabaseConfig): string {
  if (db.type === 'sqlite') return `sqlite ${db.file}`;
  const url = new URL(db.url);
  return `mysql ${url.hostname}:${url.port || '3306'}${url.pathname}`;
}
