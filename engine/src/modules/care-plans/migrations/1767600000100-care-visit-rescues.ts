import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** The 紧急救助 case each 上门探视 order that did not find its elder opened (one per order). */
export class CareVisitRescues1767600000100 implements MigrationInterface {
  name = 'CareVisitRescues1767600000100';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(new Table({ name: 'care_visit_rescues', columns: [c.id('dispatch_id'), c.text('case_id', 36), c.time('created_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('care_visit_rescues');
  }
}
