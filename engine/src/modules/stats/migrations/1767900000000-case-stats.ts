import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const SUMS = ['opened', 'closed', 'canceled', 'closed_with_due', 'closed_on_time', 'fcr_asked', 'fcr_yes', 'redone', 'duration_sec', 'urged', 'supervised', 'sat_very_satisfied', 'sat_satisfied', 'sat_neutral', 'sat_unsatisfied', 'sat_very_unsatisfied'];
const KEY: TableColumnOptions[] = [
  { name: 'grain', type: 'varchar', length: '24', isPrimary: true },
  { name: 'day', type: 'varchar', length: '10', isPrimary: true },
  { name: 'service_type', type: 'varchar', length: '64', isPrimary: true },
  { name: 'channel', type: 'varchar', length: '16', isPrimary: true },
  { name: 'area_path', type: 'varchar', length: '200', isPrimary: true },
];

/** Case figures per grain, local day, service type, channel and area, and the closed cases' durations in 10 % buckets. */
export class CaseStats1767900000000 implements MigrationInterface {
  name = 'CaseStats1767900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'case_stats',
        columns: [...KEY, ...SUMS.map((name) => ({ name, type: 'int', default: 0 }))],
        // A scoped reader's subtree over a period, without reading the other areas' rows.
        indices: [{ name: 'ix_case_stats_area', columnNames: ['grain', 'area_path', 'day'] }],
      }),
    );
    await runner.createTable(new Table({ name: 'case_duration_buckets', columns: [...KEY, { name: 'bucket', type: 'int', isPrimary: true }, { name: 'cases', type: 'int', default: 0 }] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('case_duration_buckets');
    await runner.dropTable('case_stats');
  }
}
