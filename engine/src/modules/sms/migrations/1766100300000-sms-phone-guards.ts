import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** One row per phone that was ever texted: queuing a message locks it, so the hourly limit is counted by one writer at a time. */
export class SmsPhoneGuards1766100300000 implements MigrationInterface {
  name = 'SmsPhoneGuards1766100300000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(new Table({ name: 'sms_phone_guards', columns: [{ ...c.text('phone', 20), isPrimary: true }, c.time('touched_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('sms_phone_guards');
  }
}
