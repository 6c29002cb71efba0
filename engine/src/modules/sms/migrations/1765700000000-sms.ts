import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** The SMS outbox (one row per message and phone, unique by the sender's key) and SMS templates. */
export class Sms1765700000000 implements MigrationInterface {
  name = 'Sms1765700000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'sms_messages',
        columns: [
          c.id(),
          c.text('idem_key', 200),
          c.text('case_id', 36, true),
          c.text('area_path', 200, true),
          c.text('phone', 20),
          c.text('recipient_name', 50, true),
          c.longText('content'),
          c.text('template_key', 64, true),
          c.longText('params', true),
          c.text('adapter', 16, true),
          c.text('source', 64, true),
          c.text('status', 16),
          c.text('provider_message_id', 128, true),
          c.text('error', 500, true),
          c.time('created_at'),
          c.time('sent_at', true),
          c.time('delivered_at', true),
        ],
        uniques: [{ name: 'uq_sms_messages_key', columnNames: ['idem_key'] }],
        indices: [
          new TableIndex({ name: 'ix_sms_messages_phone_created', columnNames: ['phone', 'created_at'] }),
          new TableIndex({ name: 'ix_sms_messages_case', columnNames: ['case_id'] }),
          new TableIndex({ name: 'ix_sms_messages_area', columnNames: ['area_path', 'created_at'] }),
          new TableIndex({ name: 'ix_sms_messages_provider_id', columnNames: ['provider_message_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'sms_templates',
        columns: [{ ...c.text('key', 64), isPrimary: true }, c.text('name', 100), c.longText('content'), c.longText('params'), c.time('created_at'), c.time('updated_at')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('sms_templates');
    await runner.dropTable('sms_messages');
  }
}
