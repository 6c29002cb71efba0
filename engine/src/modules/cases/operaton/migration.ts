import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Case process starts on Operaton (pending → started, exactly once) and the history reader's cursor. */
export class CaseProcessStarts1766200200000 implements MigrationInterface {
  name = 'CaseProcessStarts1766200200000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'case_process_starts',
        columns: [
          c.id('case_id'),
          c.text('case_number', 32),
          c.text('state', 16),
          c.text('definition_key', 255),
          c.text('definition_id', 255, true),
          c.longText('variables', true),
          c.text('instance_id', 64, true),
          { name: 'attempts', type: 'int', default: 0 },
          c.time('next_attempt_at'),
          c.text('claimed_by', 64, true),
          c.time('claimed_until', true),
          c.text('last_error', 500, true),
          c.text('cancel_reason', 500, true),
          c.text('problem', 500, true),
          c.time('created_at'),
          c.time('started_at', true),
        ],
      }),
    );
    await runner.createIndices('case_process_starts', [
      new TableIndex({ name: 'ix_case_starts_due', columnNames: ['state', 'next_attempt_at'] }),
      new TableIndex({ name: 'ix_case_starts_instance', columnNames: ['instance_id'] }),
    ]);
    await runner.createTable(new Table({ name: 'process_history_cursors', columns: [{ ...c.text('name', 64), isPrimary: true }, c.time('position'), c.time('updated_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('process_history_cursors');
    await runner.dropTable('case_process_starts');
  }
}
