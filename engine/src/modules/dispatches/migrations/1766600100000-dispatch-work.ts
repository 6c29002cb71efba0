import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/**
 * The worker's visit on an order: when it started and finished, the photos taken (a JSON array of
 * stored files' ids), the proof of the visit (爱心卡 number or one-time code) and the worker's note.
 */
export class DispatchWork1766600100000 implements MigrationInterface {
  name = 'DispatchWork1766600100000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('dispatches', [
      new TableColumn(c.time('started_at', true)),
      new TableColumn(c.time('finished_at', true)),
      new TableColumn(c.longText('photo_file_ids', true)),
      new TableColumn(c.text('proof', 64, true)),
      new TableColumn(c.text('work_note', 500, true)),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of ['work_note', 'proof', 'photo_file_ids', 'finished_at', 'started_at']) await runner.dropColumn('dispatches', name);
  }
}
