/**
 * What the benches share: their flags, the bench database (dropped and made again unless --keep)
 * and the engine configuration the test harness uses (defaults, a random port, quiet logs).
 * `--url mysql://…/name` (the default, on the local server) or `--url sqlite:/path/file.db`.
 */
import { loadEngineConfig } from '@careflow/engine';
import type { DatabaseConfig, EngineConfig } from '@careflow/engine/dist/config';
import mysql from 'mysql2/promise';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';

/** A positive whole-number flag (--name N), or the fallback. */
export function positiveInt(opts: Map<string, string>, name: string, fallback: number): number {
  const value = Number(opts.get(name) ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

export async function scalar(dataSource: DataSource, sql: string): Promise<number> {
  const rows: Record<string, string | number>[] = await dataSource.query(sql);
  return Number(Object.values(rows[0])[0]);
}

export class BenchDatabase {
  readonly name: string;
  readonly config: DatabaseConfig;
  private readonly serverUrl: string = '';

  /** From --url (mysql://…/name or sqlite:/path), else the default name on the local server; --keep keeps it. */
  constructor(
    opts: Map<string, string>,
    defaultName: string,
    private readonly keep = opts.has('keep'),
  ) {
    const given = opts.get('url');
    if (given?.startsWith('sqlite:')) {
      const file = path.resolve(given.replace(/^sqlite:(\/\/)?/, ''));
      this.name = path.basename(file, path.extname(file));
      this.config = { type: 'sqlite', file };
      return;
    }
    const url = new URL(given ?? `mysql://root@127.0.0.1:3306/${defaultName}`);
    this.name = url.pathname.slice(1) || defaultName;
    if (!/^\w+$/.test(this.name)) throw new Error(`Bad database name ${this.name}`);
    url.pathname = `/${this.name}`;
    this.config = { type: 'mysql', url: url.toString() };
    url.pathname = '/';
    this.serverUrl = url.toString();
  }

  /** Made anew, or kept as it is with --keep (to measure a seeded database again). */
  async prepare(): Promise<void> {
    if (this.config.type === 'sqlite') {
      if (!this.keep) this.removeFile();
      fs.mkdirSync(path.dirname(this.config.file), { recursive: true });
      return;
    }
    if (!this.keep) await this.onServer(`DROP DATABASE IF EXISTS \`${this.name}\``);
    await this.onServer(`CREATE DATABASE IF NOT EXISTS \`${this.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }

  async finish(): Promise<void> {
    if (this.keep) return;
    if (this.config.type === 'sqlite') this.removeFile();
    else await this.onServer(`DROP DATABASE IF EXISTS \`${this.name}\``);
  }

  /** What the engine's DATABASE_URL says for this database. */
  get url(): string {
    return this.config.type === 'sqlite' ? `sqlite:${this.config.file}` : this.config.url;
  }

  private removeFile(): void {
    if (this.config.type !== 'sqlite') return;
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${this.config.file}${suffix}`, { force: true });
  }

  /** Database-level statements go to the server: the bench database may not exist yet. */
  private async onServer(sql: string): Promise<void> {
    const conn = await mysql.createConnection(this.serverUrl);
    try {
      await conn.query(sql);
    } finally {
      await conn.end();
    }
  }

  engineConfig(): EngineConfig {
    const base = loadEngineConfig({ PORT: '1', HOST: '127.0.0.1', CAREFLOW_HOME: path.join(os.tmpdir(), 'careflow-bench-home'), LOG_LEVEL: 'silent' });
    return { ...base, database: this.config, http: { ...base.http, port: 0 } };
  }
}
