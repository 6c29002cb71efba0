import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

const SUMS = ['rated', 'sat_very_satisfied', 'sat_satisfied', 'sat_neutral', 'sat_unsatisfied', 'sat_very_unsatisfied'];

/** Satisfaction per local day, agent, service type and area, and the return visits' comments. */
export class RatingStats1768000000400 implements MigrationInterface {
  name = 'RatingStats1768000000400';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'rating_stats',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'agent', type: 'varchar', length: '64', isPrimary: true },
          { name: 'service_type', type: 'varchar', length: '64', isPrimary: true },
          { name: 'area_path', type: 'varchar', length: '200', isPrimary: true },
          ...SUMS.map((name) => ({ name, type: 'int', default: 0 })),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'rating_comments',
        columns: [c.id('case_id'), c.text('case_number', 32), c.time('at'), c.text('agent', 64), c.text('service_type', 64), c.text('area_path', 200), c.text('satisfaction', 20), c.text('note', 1000)],
        indices: [{ name: 'ix_rating_comments_at', columnNames: ['at'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('rating_comments');
    await runner.dropTable('rating_stats');
  }
}
