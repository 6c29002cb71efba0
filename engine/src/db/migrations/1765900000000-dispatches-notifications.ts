import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from './table-columns';

/**
 * Provider dispatches (派单) with their idempotency key, the providers' webhook settings, in-app
 * notifications (one row per recipient) and the phone of a user (for notification SMS).
 */
export class DispatchesNotifications1765900000000 implements MigrationInterface {
  name = 'DispatchesNotifications1765900000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'dispatches',
        columns: [
          c.id(),
          c.text('dispatch_key', 128),
          c.text('case_id', 36, true),
          c.text('service_item', 64),
          c.text('area_code', 32),
          c.text('area_path', 200),
          c.text('provider_id', 36),
          c.text('staff_id', 36, true),
          c.text('status', 16),
          c.text('note', 500, true),
          c.text('reason', 500, true),
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        uniques: [{ name: 'uq_dispatches_key', columnNames: ['dispatch_key'] }],
        indices: [
          new TableIndex({ name: 'ix_dispatches_provider_status', columnNames: ['provider_id', 'status'] }),
          new TableIndex({ name: 'ix_dispatches_case', columnNames: ['case_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'provider_webhooks',
        columns: [{ ...c.text('provider_id', 36), isPrimary: true }, c.text('url', 500), c.text('secret', 128), c.time('updated_at')],
        foreignKeys: [{ columnNames: ['provider_id'], referencedTableName: 'providers', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          c.text('notification_key', 128),
          c.text('user_id', 36),
          c.text('case_id', 36, true),
          c.text('title', 200),
          c.longText('body'),
          c.text('level', 16),
          c.time('read_at', true),
          c.time('created_at'),
        ],
        uniques: [{ name: 'uq_notifications_key_user', columnNames: ['notification_key', 'user_id'] }],
        indices: [new TableIndex({ name: 'ix_notifications_user', columnNames: ['user_id', 'read_at'] })],
      }),
    );
    await runner.addColumn('users', new TableColumn(c.text('phone', 20, true)));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('users', 'phone');
    for (const table of ['notifications', 'provider_webhooks', 'dispatches']) await runner.dropTable(table);
  }
}
