/**
 * Fast seeding for the inbox bench: multi-row INSERTs in transactions, one connection per table so
 * building the next batch overlaps the database writing the last one. Not through the API.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource, QueryRunner } from 'typeorm';
import { CASE_COLUMNS, CaseFactory, EVENT_COLUMNS, GROUPS, orderedId, prng, Row, SeedUser, SERVICE_TYPES, TASK_COLUMNS } from './seed-rows';

const BATCH_ROWS = 2000;
const STATEMENTS_PER_COMMIT = 10;

/** SQLite binds at most 32,766 values per statement. */
const SQLITE_MAX_VALUES = 32_000;

/** Dates as TypeORM writes `datetime` columns on SQLite (UTC, milliseconds). */
const sqliteValue = (value: Row[number]) => (value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value);

/**
 * Buffers rows of one table and writes them in batches; at most one write in flight. On MySQL
 * each table has its own connection and transactions; SQLite has one connection, so there each
 * statement commits by itself.
 */
export class BatchInserter {
  private buffer: Row[] = [];
  private pending: Promise<void> = Promise.resolve();
  private failure: unknown;
  private statements = 0;
  inserted = 0;

  private constructor(
    private readonly runner: QueryRunner | null,
    private readonly dataSource: DataSource,
    private readonly table: string,
    private readonly columns: string[],
    private readonly batchRows = runner ? BATCH_ROWS : Math.floor(SQLITE_MAX_VALUES / columns.length),
  ) {}

  static async open(dataSource: DataSource, table: string, columns: string[]): Promise<BatchInserter> {
    if (dataSource.options.type === 'better-sqlite3') return new BatchInserter(null, dataSource, table, columns);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    // Bulk load: skip per-row unique and foreign key checks (the generator keeps keys unique).
    await runner.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    await runner.startTransaction();
    return new BatchInserter(runner, dataSource, table, columns);
  }

  async add(row: Row): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= this.batchRows) await this.flush();
  }

  private async flush(): Promise<void> {
    await this.pending;
    if (this.failure) throw this.failure;
    const rows = this.buffer;
    this.buffer = [];
    if (rows.length === 0) return;
    // A rejection is kept and rethrown by the next flush, never left unhandled.
    this.pending = this.write(rows).catch((error: unknown) => {
      this.failure = error;
    });
  }

  private async write(rows: Row[]): Promise<void> {
    const one = `(${this.columns.map(() => '?').join(',')})`;
    const sql = `INSERT INTO \`${this.table}\` (${this.columns.map((c) => `\`${c}\``).join(',')}) VALUES ${rows.map(() => one).join(',')}`;
    if (!this.runner) {
      await this.dataSource.query(sql, rows.flat().map(sqliteValue));
      this.inserted += rows.length;
      return;
    }
    await this.runner.query(sql, rows.flat());
    this.inserted += rows.length;
    if (++this.statements % STATEMENTS_PER_COMMIT === 0) {
      await this.runner.commitTransaction();
      await this.runner.startTransaction();
    }
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.pending;
    if (this.failure) throw this.failure;
    if (!this.runner) return;
    await this.runner.commitTransaction();
    // The connection goes back to the engine's pool: restore the checks first.
    await this.runner.query('SET SESSION unique_checks = 1, foreign_key_checks = 1');
    await this.runner.release();
  }
}

async function insertAll(dataSource: DataSource, table: string, columns: string[], rows: Row[]): Promise<void> {
  const inserter = await BatchInserter.open(dataSource, table, columns);
  for (const row of rows) await inserter.add(row);
  await inserter.finish();
}

/** Service types, groups and a few hundred staff users (who cannot log in: no real hash). */
async function seedReference(dataSource: DataSource, userCount: number): Promise<SeedUser[]> {
  const now = new Date();
  const rand = prng(7);
  const types = SERVICE_TYPES.map((key): Row => [key, `服务 ${key}`, key.replace('_', ' '), 'home_care', null, null, null, now, now]);
  await insertAll(dataSource, 'service_types', ['type_key', 'name_zh', 'name_en', 'category', 'icon', 'intake_form_key', 'published_version', 'created_at', 'updated_at'], types);
  await insertAll(dataSource, 'user_groups', ['key', 'name', 'created_at'], GROUPS.map((g): Row => [g, g, now]));
  const users: SeedUser[] = [];
  const userRows: Row[] = [];
  const members: Row[] = [];
  for (let n = 1; n <= userCount; n++) {
    const user = { id: orderedId(4, n), username: `staff${String(n).padStart(4, '0')}` };
    users.push(user);
    userRows.push([user.id, user.username, `坐席 ${n}`, '!seeded-no-login', JSON.stringify([n % 10 === 0 ? 'supervisor' : 'agent']), 1, 0, null, '[]', null, now, now]);
    const first = Math.floor(rand() * GROUPS.length);
    members.push([user.id, GROUPS[first]]);
    if (rand() < 0.4) members.push([user.id, GROUPS[(first + 1) % GROUPS.length]]);
  }
  const userColumns = ['id', 'username', 'display_name', 'password_hash', 'roles', 'active', 'failed_logins', 'locked_until', 'area_scope', 'provider_id', 'created_at', 'updated_at'];
  await insertAll(dataSource, 'users', userColumns, userRows);
  await insertAll(dataSource, 'user_group_members', ['user_id', 'group_key'], members);
  return users;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Seeds `cases` cases over the last `days` with `events` timeline entries in all and one task each; returns seconds taken. */
export async function seedCases(dataSource: DataSource, cases: number, events: number, days = 90): Promise<number> {
  const began = performance.now();
  const users = await seedReference(dataSource, 300);
  const factory = new CaseFactory(cases, users, Date.now(), days);
  const caseRows = await BatchInserter.open(dataSource, 'cases', CASE_COLUMNS);
  const eventRows = await BatchInserter.open(dataSource, 'case_events', EVENT_COLUMNS);
  const taskRows = await BatchInserter.open(dataSource, 'tasks', TASK_COLUMNS);
  const lastNumber = new Map<string, number>();
  const rows = () => caseRows.inserted + eventRows.inserted + taskRows.inserted;
  for (let i = 0; i < cases; i++) {
    // Spread the events evenly: the first (events mod cases) cases get one more.
    const built = factory.build(i, Math.floor(events / cases) + (i < events % cases ? 1 : 0));
    lastNumber.set(built.day, built.dayNumber);
    await caseRows.add(built.caseRow);
    for (const event of built.events) await eventRows.add(event);
    await taskRows.add(built.task);
    if ((i + 1) % 10_000 === 0) {
      const seconds = (performance.now() - began) / 1000;
      log(`seed: ${i + 1}/${cases} cases, ${rows()} rows written, ${Math.round(rows() / seconds)} rows/s`);
    }
  }
  for (const inserter of [caseRows, eventRows, taskRows]) await inserter.finish();
  // The engine's numbering continues after the seeded numbers of each day.
  await insertAll(dataSource, 'case_number_sequences', ['day', 'last_value'], [...lastNumber].map(([day, n]): Row => [day, n]));
  const seconds = (performance.now() - began) / 1000;
  log(`seed: done, ${rows()} rows in ${seconds.toFixed(1)} s (${Math.round(rows() / seconds)} rows/s)`);
  return seconds;
}
