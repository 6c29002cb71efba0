import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Elder files with their relatives, terminals, status history, and the phone numbers that lead to them. */
export class Elders1764900000000 implements MigrationInterface {
  name = 'Elders1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'elders',
        columns: [
          c.id(),
          c.text('name', 50),
          c.text('name_initials', 50),
          c.text('gender', 8),
          c.text('birth_date', 10),
          c.text('id_card', 18, true),
          c.longText('phones'),
          c.text('address', 255),
          c.text('area_code', 32),
          c.text('area_path', 200),
          c.text('living_situation', 32, true),
          c.longText('health'),
          c.longText('doctor', true),
          c.longText('community_worker', true),
          c.text('subsidy_category', 32, true),
          c.longText('interests'),
          c.longText('notes'),
          c.longText('service_notes'),
          c.text('photo_file_id', 36, true),
          c.text('status', 16),
          { name: 'version', type: 'int', default: 1 },
          c.time('created_at'),
          c.time('updated_at'),
        ],
      }),
    );
    await runner.createIndex('elders', new TableIndex({ name: 'ux_elders_id_card', columnNames: ['id_card'], isUnique: true }));
    await runner.createIndex('elders', new TableIndex({ name: 'ix_elders_area_path', columnNames: ['area_path'] }));
    await runner.createIndex('elders', new TableIndex({ name: 'ix_elders_name', columnNames: ['name'] }));
    await runner.createIndex('elders', new TableIndex({ name: 'ix_elders_initials', columnNames: ['name_initials'] }));
    await runner.createTable(
      new Table({
        name: 'elder_relatives',
        columns: [c.id(), c.text('elder_id', 36), { name: 'call_order', type: 'int' }, c.text('name', 50), c.text('relation', 32), c.longText('phones'), { name: 'lives_nearby', type: 'boolean', default: false }],
      }),
    );
    await runner.createIndex('elder_relatives', new TableIndex({ name: 'ix_elder_relatives_elder', columnNames: ['elder_id'] }));
    await runner.createTable(
      new Table({ name: 'elder_terminals', columns: [c.id(), c.text('elder_id', 36), c.text('type', 32), c.text('number', 20, true), c.text('device_id', 64, true), c.longText('buttons')] }),
    );
    await runner.createIndex('elder_terminals', new TableIndex({ name: 'ix_elder_terminals_elder', columnNames: ['elder_id'] }));
    await runner.createIndex('elder_terminals', new TableIndex({ name: 'ux_elder_terminals_device', columnNames: ['device_id'], isUnique: true }));
    await runner.createTable(
      new Table({
        name: 'elder_phone_links',
        columns: [{ ...c.text('phone', 20), isPrimary: true }, { ...c.text('elder_id', 36), isPrimary: true }, { ...c.text('source', 16), isPrimary: true }, c.text('via', 50, true)],
      }),
    );
    await runner.createIndex('elder_phone_links', new TableIndex({ name: 'ix_elder_phone_links_elder', columnNames: ['elder_id'] }));
    await runner.createTable(
      new Table({ name: 'elder_status_changes', columns: [c.id(), c.text('elder_id', 36), c.text('status', 16), c.text('note', 500), c.time('at'), c.text('actor_name', 64, true)] }),
    );
    await runner.createIndex('elder_status_changes', new TableIndex({ name: 'ix_elder_status_changes_elder', columnNames: ['elder_id', 'at'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['elder_status_changes', 'elder_phone_links', 'elder_terminals', 'elder_relatives', 'elders']) await runner.dropTable(table);
  }
}
