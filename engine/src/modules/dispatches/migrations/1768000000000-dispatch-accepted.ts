import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/**
 * When an order was accepted, for the accept time of the provider and emergency reports. Older
 * accepted orders take it from their `dispatch.accept` audit entry (every accept was audited).
 * The provider figures find ended orders by their last change: an index on it.
 */
export class DispatchAcceptedAt1768000000000 implements MigrationInterface {
  name = 'DispatchAcceptedAt1768000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('dispatches', new TableColumn(columns(runner).time('accepted_at', true)));
    await runner.createIndex('dispatches', new TableIndex({ name: 'ix_dispatches_updated', columnNames: ['updated_at'] }));
    await runner.query(`UPDATE dispatches SET accepted_at = (SELECT MIN(a.at) FROM audit_log a WHERE a.entity_type = 'dispatch' AND a.action = 'dispatch.accept' AND a.entity_id = dispatches.id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('dispatches', 'ix_dispatches_updated');
    await runner.dropColumn('dispatches', 'accepted_at');
  }
}
