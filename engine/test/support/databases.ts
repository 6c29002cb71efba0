import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DatabaseConfig } from '@careflow/engine/dist/config';

export interface TestDatabase {
  name: 'sqlite' | 'mysql';
  config: DatabaseConfig;
  drop(): Promise<void>;
}

type Factory = { name: TestDatabase['name']; create: () => Promise<TestDatabase> };

async function sqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-test-db-'));
  return { name: 'sqlite', config: { type: 'sqlite', file: path.join(dir, 'careflow.db') }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database per test file on the server named by TEST_MYSQL_URL. */
async function mysqlDb(serverUrl: string): Promise<TestDatabase> {
  const name = `careflow_test_${crypto.randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name: 'mysql',
    config: { type: 'mysql', url: url.toString() },
    drop: async () => {
      const conn = await mysql.createConnection(serverUrl);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}

/** SQLite always; MySQL/MariaDB too when TEST_MYSQL_URL is set (CI sets it). */
export function testDatabases(): Factory[] {
  const list: Factory[] = [{ name: 'sqlite', create: sqlite }];
  const serverUrl = process.env.TEST_MYSQL_URL;
  if (serverUrl) list.push({ name: 'mysql', create: () => mysqlDb(serverUrl) });
  return list;
}
