import { MigrationInterface, QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 转办件: their sources (secret, callback, type mapping) and each handover with its case and the state of its report back. */
export class Handovers1767450000000 implements MigrationInterface {
  name = 'Handovers1767450000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'handover_sources',
        columns: [
          { ...c.text('code', 32), isPrimary: true },
          c.text('name', 64),
          c.text('channel', 16),
          c.text('secret', 128),
          c.text('callback_url', 500, true),
          c.longText('mapping'),
          c.text('default_service_type', 64),
          c.flag('active'),
          c.time('updated_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'handovers',
        columns: [
          c.id(),
          c.text('source', 32),
          c.text('reference', 64),
          c.text('open_reference', 64, true),
          c.text('category', 64, true),
          c.text('case_id', 36),
          c.text('case_number', 32),
          c.text('service_type_key', 64),
          { name: 'repeats', type: 'int', default: 0 },
          c.text('previous_case_number', 32, true),
          c.time('received_at'),
          c.text('report_state', 16),
          c.text('report_instance_id', 64, true),
          c.time('report_checked_at', true),
          c.time('reported_at', true),
          c.text('report_error', 500, true),
          c.time('created_at'),
        ],
        uniques: [new TableUnique({ name: 'uq_handovers_open_reference', columnNames: ['source', 'open_reference'] })],
        indices: [
          new TableIndex({ name: 'ix_handovers_reference', columnNames: ['source', 'reference'] }),
          new TableIndex({ name: 'ix_handovers_report_state', columnNames: ['report_state'] }),
          new TableIndex({ name: 'ix_handovers_case', columnNames: ['case_id'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('handovers');
    await runner.dropTable('handover_sources');
  }
}
