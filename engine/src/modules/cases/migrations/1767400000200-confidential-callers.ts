import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 来电人保密: a case's flag, and the confidential callers kept apart from the processes. */
export class ConfidentialCallers1767400000200 implements MigrationInterface {
  name = 'ConfidentialCallers1767400000200';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumn('cases', new TableColumn({ name: 'confidential', type: 'boolean', default: false }));
    await runner.createTable(
      new Table({
        name: 'case_caller_identities',
        columns: [{ ...c.text('case_id', 36), isPrimary: true }, c.text('name', 100, true), c.text('phone', 40, true), c.text('recorded_by', 36), c.time('recorded_at')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('case_caller_identities');
    await runner.dropColumn('cases', 'confidential');
  }
}
