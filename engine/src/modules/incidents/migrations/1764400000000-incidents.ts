import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Connector jobs that ran out of retries, kept aside until someone retries them. */
export class Incidents1764400000000 implements MigrationInterface {
  name = 'Incidents1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'incidents',
        columns: [
          { ...c.key('job_key'), isPrimary: true },
          c.text('case_id', 36, true),
          c.key('process_instance_key'),
          c.text('element_id'),
          c.key('element_instance_key'),
          c.text('job_type', 128),
          c.longText('variables'),
          c.longText('error_message'),
          c.text('status', 16),
          { name: 'attempts', type: 'int', default: 1 },
          c.time('created_at'),
          c.time('resolved_at', true),
          c.text('resolved_by', 36, true),
        ],
      }),
    );
    await runner.createIndex('incidents', new TableIndex({ name: 'ix_incidents_case', columnNames: ['case_id', 'status'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('incidents');
  }
}
