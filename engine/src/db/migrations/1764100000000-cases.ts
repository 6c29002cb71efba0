import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from './table-columns';

/** Cases with human numbers, their timelines, and the link from tasks to their case. */
export class Cases1764100000000 implements MigrationInterface {
  name = 'Cases1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'case_number_sequences',
        columns: [{ ...c.text('day', 8), isPrimary: true }, { name: 'last_value', type: 'int' }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'cases',
        columns: [
          c.id(),
          c.text('case_number', 32),
          c.text('service_type_key', 64),
          { name: 'service_type_version', type: 'int' },
          c.key('process_instance_key', true),
          c.text('channel', 16),
          c.text('elder_id', 36, true),
          c.text('priority', 16),
          c.text('status', 16),
          c.text('opened_by', 36),
          c.time('opened_at'),
          c.time('due_at', true),
          c.time('closed_at', true),
          c.text('satisfaction', 16, true),
          c.text('cancel_reason', 500, true),
        ],
        uniques: [{ name: 'uq_cases_number', columnNames: ['case_number'] }],
      }),
    );
    await runner.createIndices('cases', [
      new TableIndex({ name: 'ix_cases_status_opened', columnNames: ['status', 'opened_at'] }),
      new TableIndex({ name: 'ix_cases_type', columnNames: ['service_type_key', 'opened_at'] }),
      new TableIndex({ name: 'ix_cases_instance', columnNames: ['process_instance_key'] }),
    ]);
    await runner.createTable(
      new Table({
        name: 'case_events',
        columns: [c.id(), c.text('case_id', 36), c.time('at'), c.text('type', 64), c.text('actor_id', 36, true), c.text('actor_name', 64, true), c.longText('data', true)],
      }),
    );
    await runner.createIndex('case_events', new TableIndex({ name: 'ix_case_events_case', columnNames: ['case_id', 'at'] }));
    await runner.addColumn('tasks', new TableColumn(c.text('case_id', 36, true)));
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_case', columnNames: ['case_id'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('tasks', 'ix_tasks_case');
    await runner.dropColumn('tasks', 'case_id');
    for (const table of ['case_events', 'cases', 'case_number_sequences']) await runner.dropTable(table);
  }
}
