import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The money charged for the services a provider served (fen): the amount, the subsidy and the
 * elder's share; and the charge lines by booking time, which the provider tally's pass reads.
 */
export class ProviderAmounts1768000001000 implements MigrationInterface {
  name = 'ProviderAmounts1768000001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('provider_stats', ['amount', 'subsidy', 'elder_share'].map((name) => new TableColumn({ name, type: 'int', default: 0 })));
    await runner.createIndex('charge_lines', new TableIndex({ name: 'ix_charge_lines_created', columnNames: ['created_at'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('charge_lines', 'ix_charge_lines_created');
    for (const name of ['elder_share', 'subsidy', 'amount']) await runner.dropColumn('provider_stats', name);
  }
}
