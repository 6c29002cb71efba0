import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Inbound telephony: signed switch events (replay guard), agent states and screen pops; the agent on a call. */
export class InboundTelephony1766000800000 implements MigrationInterface {
  name = 'InboundTelephony1766000800000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'telephony_events',
        columns: [{ name: 'id', type: 'varchar', length: '140', isPrimary: true }, c.text('switch_id', 64), c.text('event_id', 64), c.text('type', 32), c.time('received_at')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agent_states',
        columns: [c.id('user_id'), c.text('state', 16), c.time('since'), c.text('offer_id', 36, true)],
      }),
    );
    await runner.createIndex('agent_states', new TableIndex({ name: 'IDX_agent_states_state', columnNames: ['state', 'since'] }));
    await runner.createTable(
      new Table({
        name: 'screen_pops',
        columns: [
          c.id(),
          c.text('kind', 8),
          c.time('at'),
          c.text('status', 16),
          c.text('call_id', 36, true),
          c.text('case_id', 36, true),
          c.text('case_number', 32, true),
          { name: 'attached', type: 'boolean', default: false },
          c.text('caller_number', 32, true),
          c.text('device_id', 64, true),
          c.text('elder_id', 36, true),
          c.longText('body'),
          c.text('offered_to', 36, true),
          c.text('group_key', 64, true),
          c.longText('taken_by', true),
          c.text('area_path', 200, true),
          c.text('error', 500, true),
        ],
      }),
    );
    await runner.createIndex('screen_pops', new TableIndex({ name: 'IDX_screen_pops_status', columnNames: ['status', 'at'] }));
    await runner.createIndex('screen_pops', new TableIndex({ name: 'IDX_screen_pops_device', columnNames: ['device_id'] }));
    await runner.createIndex('screen_pops', new TableIndex({ name: 'IDX_screen_pops_elder', columnNames: ['elder_id'] }));
    await runner.addColumn('calls', new TableColumn(c.text('agent', 64, true)));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('calls', 'agent');
    await runner.dropTable('screen_pops');
    await runner.dropTable('agent_states');
    await runner.dropTable('telephony_events');
  }
}
