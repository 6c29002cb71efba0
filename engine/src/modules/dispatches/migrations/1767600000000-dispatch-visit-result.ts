import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Whether finishing an order asks what the worker found (上门探视), and what they reported; older orders ask nothing. */
export class DispatchVisitResult1767600000000 implements MigrationInterface {
  name = 'DispatchVisitResult1767600000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('dispatches', [new TableColumn({ name: 'asks_visit_result', type: 'boolean', default: false }), new TableColumn(c.text('visit_result', 16, true))]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of ['visit_result', 'asks_visit_result']) await runner.dropColumn('dispatches', name);
  }
}
