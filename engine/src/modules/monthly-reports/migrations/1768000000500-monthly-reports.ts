import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** The monthly report archive (月度报告): each generated report's figures, frozen. */
export class MonthlyReports1768000000500 implements MigrationInterface {
  name = 'MonthlyReports1768000000500';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'monthly_reports',
        columns: [
          c.id(),
          { name: 'month', type: 'varchar', length: '7' },
          c.text('area_code', 32, true),
          c.text('area_path', 200),
          c.text('area_name', 100, true),
          c.key('trigger_kind'),
          c.time('generated_at'),
          c.text('generated_by_id', 36, true),
          c.text('generated_by_name', 100, true),
          c.longText('figures'),
        ],
        indices: [{ name: 'ix_monthly_reports_month', columnNames: ['month'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('monthly_reports');
  }
}
