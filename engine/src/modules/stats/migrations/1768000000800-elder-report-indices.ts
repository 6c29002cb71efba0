import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** The elders report reads cases by opening time over a period (any status, any type). */
export class ElderReportIndices1768000000800 implements MigrationInterface {
  name = 'ElderReportIndices1768000000800';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createIndex('cases', new TableIndex({ name: 'ix_cases_opened', columnNames: ['opened_at'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('cases', 'ix_cases_opened');
  }
}
