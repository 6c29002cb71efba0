import { QueryRunner, TableColumnOptions } from 'typeorm';

/** Dialect-neutral column definitions; MySQL gets longtext and millisecond datetimes. */
export function columns(runner: QueryRunner) {
  const mysql = runner.connection.options.type === 'mysql';
  return {
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
    key: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '20', isNullable: nullable }),
    text: (name: string, length = 255, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
    longText: (name: string, nullable = false): TableColumnOptions => ({ name, type: mysql ? 'longtext' : 'text', isNullable: nullable }),
    time: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: mysql ? 3 : undefined, isNullable: nullable }),
    flag: (name: string): TableColumnOptions => ({ name, type: 'boolean', default: true }),
  };
}
