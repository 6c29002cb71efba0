import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** The business calendar: days that break the Monday–Friday rule. */
export class Calendar1764700000000 implements MigrationInterface {
  name = 'Calendar1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(new Table({ name: 'calendar_days', columns: [{ ...c.text('date', 10), isPrimary: true }, c.text('kind', 16), c.text('name', 100), c.time('updated_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('calendar_days');
  }
}
