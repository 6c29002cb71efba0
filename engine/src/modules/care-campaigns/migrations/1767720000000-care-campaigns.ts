import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 关怀活动 and their targets (one per campaign and elder, each opening at most one case). */
export class CareCampaigns1767720000000 implements MigrationInterface {
  name = 'CareCampaigns1767720000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'care_campaigns',
        columns: [
          c.id(),
          c.text('name', 100),
          c.longText('filter'),
          c.text('area_path', 200, true),
          c.text('channel', 8),
          c.text('message', 300),
          { name: 'calls_per_minute', type: 'int' },
          c.time('start_at'),
          c.text('status', 16),
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('updated_at'),
          c.time('finished_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_care_campaigns_status', columnNames: ['status'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'care_campaign_targets',
        columns: [
          c.id(),
          c.text('campaign_id', 36),
          c.text('elder_id', 36),
          c.text('case_id', 36, true),
          c.time('opened_at', true),
          { name: 'outcome', type: 'varchar', length: '16', default: "'waiting'" },
          { name: 'tries', type: 'int', default: 0 },
          c.time('closed_at', true),
        ],
        uniques: [{ name: 'uq_care_campaign_targets_elder', columnNames: ['campaign_id', 'elder_id'] }],
        indices: [
          new TableIndex({ name: 'ix_care_campaign_targets_case', columnNames: ['case_id'] }),
          new TableIndex({ name: 'ix_care_campaign_targets_opened', columnNames: ['campaign_id', 'opened_at'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('care_campaign_targets');
    await runner.dropTable('care_campaigns');
  }
}
