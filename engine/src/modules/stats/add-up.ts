import { EntityManager } from 'typeorm';

/**
 * Adds rows of sums to a figures table, creating the rows that are new: one statement, safe
 * against a concurrent add (SQLite ON CONFLICT, MySQL ON DUPLICATE KEY; `keys` are the primary key).
 */
export async function addUp(m: EntityManager, table: string, keys: readonly string[], sums: readonly string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const tuple = `(${Array(keys.length + sums.length).fill('?').join(', ')})`;
  const into = `INSERT INTO ${table} (${[...keys, ...sums].join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  const mysql = m.connection.options.type === 'mysql';
  const add = sums.map((c) => (mysql ? `${c} = ${c} + VALUES(${c})` : `${c} = ${c} + excluded.${c}`)).join(', ');
  await m.query(mysql ? `${into} ON DUPLICATE KEY UPDATE ${add}` : `${into} ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${add}`, rows.flat());
}
