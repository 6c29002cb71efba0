import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** What the inbox sorts and filters by, drafts, and saved filters. */
export class Inbox1764200000000 implements MigrationInterface {
  name = 'Inbox1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('tasks', [
      new TableColumn({ name: 'priority_rank', type: 'int', default: 2 }),
      new TableColumn(c.text('service_type_key', 64, true)),
      new TableColumn(c.longText('draft', true)),
    ]);
    await runner.createIndices('tasks', [
      new TableIndex({ name: 'ix_tasks_inbox', columnNames: ['status', 'priority_rank', 'due_at'] }),
      new TableIndex({ name: 'ix_tasks_assignee', columnNames: ['assignee', 'status'] }),
    ]);
    await runner.createTable(
      new Table({
        name: 'task_filters',
        columns: [c.id(), c.text('owner_id', 36), c.text('name', 100), c.longText('query'), { name: 'shared', type: 'boolean', default: false }, c.time('created_at')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('task_filters');
    await runner.dropIndex('tasks', 'ix_tasks_assignee');
    await runner.dropIndex('tasks', 'ix_tasks_inbox');
    for (const column of ['draft', 'service_type_key', 'priority_rank']) await runner.dropColumn('tasks', column);
  }
}
