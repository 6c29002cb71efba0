import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/**
 * Messages the engine queues itself (催办/督办 copies) have no connector job to send them: they are
 * marked, and the connectors' outbox sender claims them with a lease (claimed_by/claimed_until), so
 * several connector processes never send one twice and a crashed sender's claims run out.
 */
export class SmsOutboxClaims1766500000000 implements MigrationInterface {
  name = 'SmsOutboxClaims1766500000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('sms_messages', [
      new TableColumn({ name: 'outbox_sends', type: 'boolean', default: false }),
      new TableColumn(c.text('claimed_by', 100, true)),
      new TableColumn(c.time('claimed_until', true)),
    ]);
    await runner.createIndex('sms_messages', new TableIndex({ name: 'ix_sms_messages_claim', columnNames: ['status', 'outbox_sends', 'claimed_until'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('sms_messages', 'ix_sms_messages_claim');
    await runner.dropColumns('sms_messages', ['outbox_sends', 'claimed_by', 'claimed_until']);
  }
}
