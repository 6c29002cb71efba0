import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config';
import { engineModules } from '../modules';
import { schemaOf } from './schema';
import { queueSqliteTransactions } from './sqlite-transactions';

export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { ...schemaOf(engineModules), migrationsRun: false, synchronize: false, logging: false } as const;
  if (db.type === 'mysql') {
    return { ...common, type: 'mysql', url: db.url, charset: 'utf8mb4_unicode_ci', timezone: 'Z', supportBigNumbers: true, bigNumberStrings: true };
  }
  return { ...common, type: 'better-sqlite3', database: db.file, enableWAL: true };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(db: DatabaseConfig): Promise<DataSource> {
  if (db.type === 'sqlite') fs.mkdirSync(path.dirname(db.file), { recursive: true });
  const dataSource = new DataSource(dataSourceOptions(db));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (db.type === 'sqlite') queueSqliteTransactions(dataSource);
  return dataSource;
}
