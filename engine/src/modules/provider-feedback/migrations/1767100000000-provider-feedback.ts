import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 服务评价: evaluations of providers (return visits, complaints); the provider's rating is their mean. */
export class ProviderFeedback1767100000000 implements MigrationInterface {
  name = 'ProviderFeedback1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'provider_feedback',
        columns: [
          c.id(),
          c.text('key', 128),
          c.text('provider_id', 36),
          c.text('dispatch_id', 36),
          c.text('case_id', 36, true),
          c.text('source', 16),
          c.text('satisfaction', 20, true),
          { name: 'complaint', type: 'boolean', default: false },
          { name: 'score', type: 'int' },
          c.text('note', 1000, true),
          c.text('recorded_by', 36),
          c.text('recorded_by_name', 128),
          c.time('recorded_at'),
        ],
        indices: [
          new TableIndex({ name: 'ux_provider_feedback_key', columnNames: ['key'], isUnique: true }),
          new TableIndex({ name: 'ix_provider_feedback_provider', columnNames: ['provider_id', 'recorded_at'] }),
          new TableIndex({ name: 'ix_provider_feedback_dispatch', columnNames: ['dispatch_id'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('provider_feedback');
  }
}
