import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 通话记录 searches calls by start time; 未接来电 keeps the inbound calls nobody answered until a callback clears them. */
export class CallLog1767800000300 implements MigrationInterface {
  name = 'CallLog1767800000300';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createIndex('calls', new TableIndex({ name: 'IDX_calls_started', columnNames: ['started_at'] }));
    await runner.createTable(
      new Table({
        name: 'missed_calls',
        columns: [
          c.id('call_id'),
          c.text('caller_number', 32, true),
          c.text('elder_name', 64, true),
          c.time('at'),
          c.text('area_path', 200, true),
          { name: 'waited_sec', type: 'int' },
          c.text('kind', 16),
          c.text('status', 16),
          { name: 'tries', type: 'int', default: 0 },
          c.text('callback_call_id', 36, true),
          c.text('outcome', 16, true),
          c.text('note', 500, true),
          c.text('cleared_by', 64, true),
          c.time('cleared_at', true),
        ],
      }),
    );
    await runner.createIndex('missed_calls', new TableIndex({ name: 'IDX_missed_calls_status', columnNames: ['status', 'at'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('missed_calls');
    await runner.dropIndex('calls', 'IDX_calls_started');
  }
}
