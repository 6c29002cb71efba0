import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Messages for Operaton, kept until a process waits for them (Operaton has no buffer), idempotent by id. */
export class ProcessMessages1766200300000 implements MigrationInterface {
  name = 'ProcessMessages1766200300000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'process_messages',
        columns: [
          { ...c.text('message_id', 128), isPrimary: true },
          c.text('name', 128),
          c.text('correlation_key', 128, true),
          c.longText('correlation_keys', true),
          c.longText('variables'),
          c.text('case_id', 36, true),
          c.text('status', 16),
          c.text('published_by', 36),
          c.time('published_at'),
          c.time('expires_at'),
          { name: 'attempts', type: 'int', default: 0 },
          c.time('last_attempt_at', true),
          c.time('delivered_at', true),
          c.text('process_instance_id', 64, true),
          c.longText('last_error', true),
        ],
      }),
    );
    // The pump reads what is still waiting, oldest first.
    await runner.createIndex('process_messages', new TableIndex({ name: 'idx_process_messages_status', columnNames: ['status', 'published_at'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('process_messages');
  }
}
