import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Telephone calls placed by the call connector (and, later, inbound calls). */
export class Calls1765800000000 implements MigrationInterface {
  name = 'Calls1765800000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'calls',
        columns: [
          c.id(),
          c.text('key', 191),
          c.text('case_id', 36, true),
          c.text('area_path', 200, true),
          c.text('direction', 16),
          c.text('mode', 16),
          c.text('from_user', 64, true),
          c.text('to_number', 32),
          c.text('to_name', 64, true),
          c.text('message', 500, true),
          c.text('confirm_digit', 1, true),
          c.text('status', 16),
          c.text('outcome', 16, true),
          c.text('digits', 32, true),
          c.text('hangup_cause', 64, true),
          c.text('adapter', 16),
          c.time('started_at'),
          c.time('answered_at', true),
          c.time('ended_at', true),
          { name: 'duration_sec', type: 'int', isNullable: true },
          c.text('recording_url', 500, true),
          c.text('created_by', 36),
        ],
      }),
    );
    await runner.createIndex('calls', new TableIndex({ name: 'ux_calls_key', columnNames: ['key'], isUnique: true }));
    await runner.createIndex('calls', new TableIndex({ name: 'IDX_calls_case', columnNames: ['case_id'] }));
    await runner.createIndex('calls', new TableIndex({ name: 'IDX_calls_status', columnNames: ['status'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('calls');
  }
}
