import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

const int = (name: string) => ({ name, type: 'int' });
const fen = (name: string) => ({ name, type: 'bigint' });

/**
 * 结算 figures of closed months, stored as each month closes (see settlement-figures.ts); the months
 * closed before this step get theirs here, summed as the settlements sum them (lines of known elders).
 */
export class SettlementFigures1767000000000 implements MigrationInterface {
  name = 'SettlementFigures1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'settlement_figures',
        // Month first: a month's figures are read (and replaced) by month.
        columns: [{ ...c.text('month', 7), isPrimary: true }, { ...c.text('provider_id', 36), isPrimary: true }, int('order_count'), int('line_count'), fen('amount'), fen('subsidy'), fen('elder_share'), fen('adjustments')],
      }),
    );
    await runner.query(`
      INSERT INTO settlement_figures (provider_id, month, order_count, line_count, amount, subsidy, elder_share, adjustments)
      SELECT l.provider_id, l.month,
        COUNT(DISTINCT CASE WHEN l.kind = 'charge' THEN COALESCE(l.dispatch_id, l.case_id, l.charge_key) END),
        COUNT(*), SUM(l.amount), SUM(l.subsidy), SUM(l.elder_share), SUM(CASE WHEN l.kind = 'adjustment' THEN l.amount ELSE 0 END)
      FROM charge_lines l
      INNER JOIN elders e ON e.id = l.elder_id
      INNER JOIN billing_months b ON b.month = l.month
      GROUP BY l.provider_id, l.month`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('settlement_figures');
  }
}
