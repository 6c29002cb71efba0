import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

const SUMS = ['orders', 'accepted', 'accept_sec', 'rejected', 'expired', 'canceled', 'done', 'work_sec', 'done_with_due', 'done_on_time', 'evaluations', 'sat_very_satisfied', 'sat_satisfied', 'sat_neutral', 'sat_unsatisfied', 'sat_very_unsatisfied', 'complaints'];

/** Provider figures per local day, provider, area and service item, and the guard of each order and evaluation counted. */
export class ProviderStats1768000000200 implements MigrationInterface {
  name = 'ProviderStats1768000000200';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'provider_stats',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'provider_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'area_path', type: 'varchar', length: '200', isPrimary: true },
          { name: 'service_item', type: 'varchar', length: '64', isPrimary: true },
          ...SUMS.map((name) => ({ name, type: 'int', default: 0 })),
        ],
      }),
    );
    await runner.createTable(
      new Table({ name: 'counted_provider_events', columns: [{ name: 'kind', type: 'varchar', length: '8', isPrimary: true }, { name: 'ref_id', type: 'varchar', length: '36', isPrimary: true }, c.time('counted_at')] }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('counted_provider_events');
    await runner.dropTable('provider_stats');
  }
}
