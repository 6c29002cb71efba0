import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The wallboard refreshes on every live event, so each of its reads is an index range: open cases by
 * due time (near due, overdue), open alarm cases by channel, and the pops of those cases.
 */
export class WallboardIndices1767800000000 implements MigrationInterface {
  name = 'WallboardIndices1767800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createIndex('cases', new TableIndex({ name: 'ix_cases_status_due', columnNames: ['status', 'due_at'] }));
    await runner.createIndex('cases', new TableIndex({ name: 'ix_cases_channel_status', columnNames: ['channel', 'status', 'opened_at'] }));
    await runner.createIndex('screen_pops', new TableIndex({ name: 'IDX_screen_pops_case', columnNames: ['case_id'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('screen_pops', 'IDX_screen_pops_case');
    await runner.dropIndex('cases', 'ix_cases_channel_status');
    await runner.dropIndex('cases', 'ix_cases_status_due');
  }
}
