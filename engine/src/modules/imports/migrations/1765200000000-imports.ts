import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Excel imports: their progress, counts and row problems. */
export class Imports1765200000000 implements MigrationInterface {
  name = 'Imports1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    const count = (name: string) => ({ name, type: 'int', default: 0 });
    await runner.createTable(
      new Table({
        name: 'imports',
        columns: [
          c.id(),
          c.text('kind', 32),
          c.text('status', 16),
          ...['total', 'processed', 'created', 'updated', 'unchanged', 'failed'].map(count),
          c.longText('problems'),
          c.longText('error', true),
          c.longText('params'),
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('finished_at', true),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('imports');
  }
}
