import { MigrationInterface, QueryRunner, Table } from 'typeorm';

const SUMS = ['alarms', 'false_alarms', 'canceled', 'called_back', 'callback_sec', 'dispatched', 'dispatch_sec', 'accepted', 'accept_sec', 'on_site', 'on_site_sec'];

/** Emergency response figures per local day, service type, area and button (the alarm cases that ended). */
export class AlarmStats1768000000100 implements MigrationInterface {
  name = 'AlarmStats1768000000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'alarm_stats',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'service_type', type: 'varchar', length: '64', isPrimary: true },
          { name: 'area_path', type: 'varchar', length: '200', isPrimary: true },
          { name: 'button', type: 'varchar', length: '32', isPrimary: true },
          ...SUMS.map((name) => ({ name, type: 'int', default: 0 })),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('alarm_stats');
  }
}
