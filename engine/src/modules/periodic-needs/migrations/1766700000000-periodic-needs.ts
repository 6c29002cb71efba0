import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 周期性需求 and the days they opened orders for (one per need and scheduled day). */
export class PeriodicNeeds1766700000000 implements MigrationInterface {
  name = 'PeriodicNeeds1766700000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'periodic_needs',
        columns: [
          c.id(),
          c.text('elder_id', 36),
          c.text('service_type', 64),
          c.longText('items'),
          c.longText('schedule'),
          c.text('window_from', 5),
          c.text('window_to', 5),
          c.text('holidays', 8),
          { name: 'lead_days', type: 'int' },
          c.text('starts_on', 10),
          c.text('ends_on', 10, true),
          c.text('service_address', 200),
          c.text('access_notes', 500),
          c.text('status', 8),
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        indices: [new TableIndex({ name: 'ix_periodic_needs_elder', columnNames: ['elder_id'] }), new TableIndex({ name: 'ix_periodic_needs_status', columnNames: ['status'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'periodic_need_occurrences',
        columns: [c.id(), c.text('need_id', 36), c.text('scheduled_on', 10), c.text('service_on', 10), c.text('case_id', 36), c.time('created_at')],
        uniques: [{ name: 'uq_need_occurrences_day', columnNames: ['need_id', 'scheduled_on'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('periodic_need_occurrences');
    await runner.dropTable('periodic_needs');
  }
}
