import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 预警: the supervisors' thresholds and each crossing of them. */
export class Alerts1768000000700 implements MigrationInterface {
  name = 'Alerts1768000000700';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'alert_rules',
        columns: [
          c.id(),
          c.text('kind', 24),
          c.text('name', 60),
          { name: 'threshold', type: 'double' },
          { name: 'minutes', type: 'int', isNullable: true },
          { name: 'min_calls', type: 'int', isNullable: true },
          c.text('area_code', 32, true),
          c.text('area_path', 200),
          c.flag('active'),
          c.time('crossed_since', true),
          { name: 'last_value', type: 'double', isNullable: true },
          c.time('last_checked_at', true),
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('updated_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'alert_crossings',
        columns: [c.id(), c.text('rule_id', 36), c.time('started_at'), c.time('ended_at', true), { name: 'value', type: 'double' }, { name: 'threshold', type: 'double' }, { name: 'notified', type: 'int', default: 0 }, { name: 'texted', type: 'int', default: 0 }],
        indices: [
          { name: 'ix_alert_crossings_rule', columnNames: ['rule_id', 'started_at'] },
          { name: 'ix_alert_crossings_started', columnNames: ['started_at'] },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('alert_crossings');
    await runner.dropTable('alert_rules');
  }
}
