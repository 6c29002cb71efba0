import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

const SUMS = ['offered', 'answered', 'answered_15s', 'abandoned', 'missed', 'abandon_wait_sec', 'answer_wait_sec', 'talk_sec', 'wrap_ups', 'wrap_sec'];

/** Call figures per grain, local period, kind, area and agent, and the calls already counted in them. */
export class CallStats1767700000000 implements MigrationInterface {
  name = 'CallStats1767700000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'call_stats',
        columns: [
          { name: 'grain', type: 'varchar', length: '16', isPrimary: true },
          { name: 'period', type: 'varchar', length: '13', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true },
          { name: 'area_path', type: 'varchar', length: '200', isPrimary: true },
          { name: 'agent', type: 'varchar', length: '64', isPrimary: true },
          ...SUMS.map((name) => ({ name, type: 'int', default: 0 })),
        ],
        // A scoped reader's subtree over a period, without reading the other areas' rows.
        indices: [{ name: 'ix_call_stats_area', columnNames: ['grain', 'area_path', 'period'] }],
      }),
    );
    await runner.createTable(new Table({ name: 'counted_calls', columns: [c.id('call_id'), c.time('counted_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('counted_calls');
    await runner.dropTable('call_stats');
  }
}
