import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/**
 * A switch event remembers when it was handled and what it answered, so a repeat gets the first
 * answer and an event whose handling died with the engine is handled again. Every event taken so
 * far was handled (a refused one was let go): they count as handled when received.
 */
export class TelephonyEventResults1766200600000 implements MigrationInterface {
  name = 'TelephonyEventResults1766200600000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('telephony_events', [new TableColumn(c.time('handled_at', true)), new TableColumn(c.longText('result', true))]);
    await runner.query('UPDATE telephony_events SET handled_at = received_at');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('telephony_events', 'result');
    await runner.dropColumn('telephony_events', 'handled_at');
  }
}
