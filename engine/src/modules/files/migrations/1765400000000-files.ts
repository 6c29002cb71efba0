import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Uploaded files: the bytes are on disk, the facts are here. */
export class Files1765400000000 implements MigrationInterface {
  name = 'Files1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(new Table({ name: 'files', columns: [c.id(), c.text('name', 255), c.text('type', 100), { name: 'size', type: 'int' }, c.text('sha256', 64), c.text('created_by', 36), c.time('created_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('files');
  }
}
