import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The inbox sorts by priority, then due time with undated tasks last. An expression like
 * `due_at IS NULL` in ORDER BY keeps the database from reading an index in order, so the engine
 * stores it as a column and the index follows the sort exactly.
 */
export class InboxOrder1764500000000 implements MigrationInterface {
  name = 'InboxOrder1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('tasks', new TableColumn({ name: 'due_missing', type: 'int', default: 0 }));
    await runner.query('UPDATE tasks SET due_missing = CASE WHEN due_at IS NULL THEN 1 ELSE 0 END');
    await runner.dropIndex('tasks', 'ix_tasks_inbox');
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_inbox', columnNames: ['status', 'priority_rank', 'due_missing', 'due_at', 'created_at', 'id'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('tasks', 'ix_tasks_inbox');
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_inbox', columnNames: ['status', 'priority_rank', 'due_at'] }));
    await runner.dropColumn('tasks', 'due_missing');
  }
}
