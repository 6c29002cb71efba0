import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/**
 * 取消条款 on the provider: the fee (fen, 0 = free) charged when a case is canceled after the worker
 * started, and the terms in words for the agents. Existing providers cancel for free.
 */
export class CancellationTerms1766720000000 implements MigrationInterface {
  name = 'CancellationTerms1766720000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('providers', [new TableColumn({ name: 'cancel_fee', type: 'int', default: 0 }), new TableColumn(c.text('cancel_terms', 200, true))]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of ['cancel_terms', 'cancel_fee']) await runner.dropColumn('providers', name);
  }
}
