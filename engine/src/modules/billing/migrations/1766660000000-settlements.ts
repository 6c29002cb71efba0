import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 结算确认: one signed confirmation per provider and closed month. */
export class Settlements1766660000000 implements MigrationInterface {
  name = 'Settlements1766660000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'settlement_confirmations',
        columns: [{ ...c.text('provider_id', 36), isPrimary: true }, { ...c.text('month', 7), isPrimary: true }, c.text('signature_name', 50), c.time('confirmed_at'), c.text('confirmed_by', 36), c.text('confirmed_by_name', 128)],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('settlement_confirmations');
  }
}
