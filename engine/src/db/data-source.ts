import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config';
import { entities } from './entities';
import { queueSqliteTransactions } from './sqlite-transactions';
import { providerMigrations } from '../modules/providers';
import { Initial1763800000000 } from './migrations/1763800000000-initial';
import { IdentityAudit1763900000000 } from './migrations/1763900000000-identity-audit';
import { Catalog1764000000000 } from './migrations/1764000000000-catalog';
import { Cases1764100000000 } from './migrations/1764100000000-cases';
import { Inbox1764200000000 } from './migrations/1764200000000-inbox';
import { Messages1764300000000 } from './migrations/1764300000000-messages';
import { Incidents1764400000000 } from './migrations/1764400000000-incidents';
import { InboxOrder1764500000000 } from './migrations/1764500000000-inbox-order';
import { AreasDictionaries1764800000000 } from './migrations/1764800000000-areas-dictionaries';
import { CaseAreas1765100000000 } from './migrations/1765100000000-case-areas';
import { TaskCaseNumber1765300000000 } from './migrations/1765300000000-task-case-number';
import { Files1765400000000 } from './migrations/1765400000000-files';
import { TaskNames1765500000000 } from './migrations/1765500000000-task-names';
import { ConnectorEffects1765600000000 } from './migrations/1765600000000-connector-effects';
import { Sms1765700000000 } from './migrations/1765700000000-sms';
import { Imports1765200000000 } from './migrations/1765200000000-imports';
import { Elders1764900000000 } from './migrations/1764900000000-elders';
import { Calendar1764700000000 } from './migrations/1764700000000-calendar';
import { InboxAudience1764600000000 } from './migrations/1764600000000-inbox-audience';
import { DispatchesNotifications1765900000000 } from './migrations/1765900000000-dispatches-notifications';
import { InboundTelephony1766000800000 } from './migrations/1766000800000-inbound-telephony';
import { SmsPhoneGuards1766100300000 } from './migrations/1766100300000-sms-phone-guards';
import { PasswordChangeRequired1766100400000 } from './migrations/1766100400000-password-change-required';
import { Calls1765800000000 } from './migrations/1765800000000-calls';
import { OperatonTasks1766200100000 } from './migrations/1766200100000-operaton-tasks';
import { CaseProcessStarts1766200200000 } from '../modules/cases/operaton/migration';
import { ProcessMessages1766200300000 } from './migrations/1766200300000-process-messages';
import { OperatonKeys1766200400000 } from './migrations/1766200400000-operaton-keys';
import { DefinitionVersion1766200500000 } from './migrations/1766200500000-definition-version';
import { TelephonyEventResults1766200600000 } from './migrations/1766200600000-telephony-event-results';

export const migrations = [Initial1763800000000, IdentityAudit1763900000000, Catalog1764000000000, Cases1764100000000, Inbox1764200000000, Messages1764300000000, Incidents1764400000000, InboxOrder1764500000000, InboxAudience1764600000000, Calendar1764700000000, AreasDictionaries1764800000000, Elders1764900000000, ...providerMigrations, CaseAreas1765100000000, Imports1765200000000, TaskCaseNumber1765300000000, Files1765400000000, TaskNames1765500000000, ConnectorEffects1765600000000, Sms1765700000000, Calls1765800000000, DispatchesNotifications1765900000000, InboundTelephony1766000800000, SmsPhoneGuards1766100300000, PasswordChangeRequired1766100400000, OperatonTasks1766200100000, CaseProcessStarts1766200200000, ProcessMessages1766200300000, OperatonKeys1766200400000, DefinitionVersion1766200500000, TelephonyEventResults1766200600000];

export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { entities, migrations, migrationsRun: false, synchronize: false, logging: false } as const;
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

export function describeDatabase(db: DatabaseConfig): string {
  if (db.type === 'sqlite') return `sqlite ${db.file}`;
  const url = new URL(db.url);
  return `mysql ${url.hostname}:${url.port || '3306'}${url.pathname}`;
}
