import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columns } from './table-columns';

/** Connector side effects kept by idempotency key; incidents keep their job's headers for a retry. */
export class ConnectorEffects1765600000000 implements MigrationInterface {
  name = 'ConnectorEffects1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({ name: 'connector_effects', columns: [{ ...c.text('key', 255), isPrimary: true }, c.text('job_type', 100), c.text('case_id', 36, true), c.longText('result', true), c.time('created_at')] }),
    );
    await runner.addColumn('incidents', new TableColumn({ ...c.longText('headers', true) }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('incidents', 'headers');
    await runner.dropTable('connector_effects');
  }
}
