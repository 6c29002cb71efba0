import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 服务商上报: a worker's reports on an order (elder not home, more work needed). */
export class OrderIssues1766900000000 implements MigrationInterface {
  name = 'OrderIssues1766900000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'order_issues',
        columns: [
          c.id(),
          c.text('dispatch_id', 36),
          c.text('case_id', 36, true),
          c.text('provider_id', 36),
          c.text('kind', 16),
          c.text('note', 500),
          c.longText('items'),
          c.text('reported_by', 36),
          c.text('reported_by_name', 128),
          c.time('reported_at'),
        ],
        indices: [new TableIndex({ name: 'ix_order_issues_dispatch', columnNames: ['dispatch_id'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('order_issues');
  }
}
