import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/**
 * An order's SLA: when the provider's answer is due, the work window (an ISO 8601 duration kept
 * until acceptance) and when the work is due once accepted. All null on older orders.
 */
export class DispatchSla1766810000000 implements MigrationInterface {
  name = 'DispatchSla1766810000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('dispatches', [new TableColumn(c.time('answer_due_at', true)), new TableColumn(c.text('work_within', 32, true)), new TableColumn(c.time('work_due_at', true))]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of ['work_due_at', 'work_within', 'answer_due_at']) await runner.dropColumn('dispatches', name);
  }
}
