import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Outside events correlated into processes, kept by message id so a repeat is answered, not resent. */
export class Messages1764300000000 implements MigrationInterface {
  name = 'Messages1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'messages',
        columns: [
          { ...c.text('message_id', 128), isPrimary: true },
          c.text('name', 128),
          c.text('correlation_key', 128),
          c.longText('variables'),
          c.key('message_key', true),
          c.text('case_id', 36, true),
          c.text('published_by', 36),
          c.time('published_at'),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('messages');
  }
}
