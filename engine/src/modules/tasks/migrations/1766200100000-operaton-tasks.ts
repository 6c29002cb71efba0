import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Operaton ids (task, process instance, definition, activity instance) are up to 64 characters. */
const ENGINE_KEYS = ['job_key', 'process_instance_key', 'process_definition_key', 'element_instance_key'];

/**
 * Native Operaton user tasks in the inbox: the engine's task id goes into job_key (already the
 * table's unique engine handle), which with the other engine keys widens from Camunda 8's 20-digit
 * keys to Operaton's 64-character ids; tasks gain the follow-up date and the engine's priority;
 * and projections keep their durable cursor in projection_cursors.
 */
export class OperatonTasks1766200100000 implements MigrationInterface {
  name = 'OperatonTasks1766200100000';

  async up(runner: QueryRunner): Promise<void> {
    // SQLite does not enforce varchar lengths; MySQL keeps the indexes through MODIFY.
    if (runner.connection.options.type === 'mysql') await runner.query(`ALTER TABLE tasks ${ENGINE_KEYS.map((k) => `MODIFY ${k} varchar(64) NOT NULL`).join(', ')}`);
    const c = columns(runner);
    await runner.addColumns('tasks', [new TableColumn(c.time('follow_up_at', true)), new TableColumn({ name: 'engine_priority', type: 'int', isNullable: true })]);
    await runner.createTable(
      new Table({
        name: 'projection_cursors',
        columns: [{ name: 'name', type: 'varchar', length: '64', isPrimary: true }, c.longText('position'), c.time('updated_at')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('projection_cursors');
    for (const column of ['engine_priority', 'follow_up_at']) await runner.dropColumn('tasks', column);
    if (runner.connection.options.type === 'mysql') await runner.query(`ALTER TABLE tasks ${ENGINE_KEYS.map((k) => `MODIFY ${k} varchar(20) NOT NULL`).join(', ')}`);
  }
}
