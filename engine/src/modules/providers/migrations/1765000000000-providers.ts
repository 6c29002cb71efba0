import { MigrationInterface, QueryRunner, Table, TableForeignKeyOptions, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

const fk = (column: string, table: string, key: string, cascade: boolean): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: [key],
  ...(cascade ? { onDelete: 'CASCADE' } : {}),
});

/** Service items with their price limits, providers with the areas they serve and the items they offer, and their staff. */
export class Providers1765000000000 implements MigrationInterface {
  name = 'Providers1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    const int = (name: string) => ({ name, type: 'int' });
    await runner.createTable(
      new Table({
        name: 'service_items',
        columns: [{ ...c.text('code', 64), isPrimary: true }, c.text('name', 100), c.text('category', 64), c.text('unit', 16), int('default_price'), int('min_price'), int('max_price'), c.flag('active'), c.time('updated_at')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'providers',
        columns: [
          c.id(),
          c.text('name', 200),
          c.text('credit_code', 18),
          c.text('address', 255),
          c.text('nature', 32),
          c.text('contact_name', 64),
          c.text('contact_phone', 20),
          c.text('contract_from', 10),
          c.text('contract_to', 10),
          int('capacity'),
          { name: 'rating', type: 'decimal', precision: 2, scale: 1, isNullable: true },
          c.text('status', 16),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        uniques: [{ name: 'uq_providers_credit_code', columnNames: ['credit_code'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'provider_areas',
        columns: [{ ...c.text('provider_id', 36), isPrimary: true }, { ...c.text('area_code', 32), isPrimary: true }, c.text('area_path', 200)],
        foreignKeys: [fk('provider_id', 'providers', 'id', true), fk('area_code', 'areas', 'code', false)],
        indices: [new TableIndex({ name: 'ix_provider_areas_code', columnNames: ['area_code'] }), new TableIndex({ name: 'ix_provider_areas_path', columnNames: ['area_path'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'provider_items',
        columns: [{ ...c.text('provider_id', 36), isPrimary: true }, { ...c.text('item_code', 64), isPrimary: true }, int('price')],
        foreignKeys: [fk('provider_id', 'providers', 'id', true), fk('item_code', 'service_items', 'code', false)],
        indices: [new TableIndex({ name: 'ix_provider_items_item', columnNames: ['item_code'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'provider_staff',
        columns: [c.id(), c.text('provider_id', 36), c.text('name', 64), c.text('phone', 20), c.text('status', 16), c.time('created_at'), c.time('updated_at')],
        uniques: [{ name: 'uq_provider_staff_phone', columnNames: ['provider_id', 'phone'] }],
        foreignKeys: [fk('provider_id', 'providers', 'id', true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'provider_staff_skills',
        columns: [{ ...c.text('staff_id', 36), isPrimary: true }, { ...c.text('item_code', 64), isPrimary: true }],
        foreignKeys: [fk('staff_id', 'provider_staff', 'id', true), fk('item_code', 'service_items', 'code', false)],
        indices: [new TableIndex({ name: 'ix_provider_staff_skills_item', columnNames: ['item_code'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'provider_staff_areas',
        columns: [{ ...c.text('staff_id', 36), isPrimary: true }, { ...c.text('area_code', 32), isPrimary: true }, c.text('area_path', 200)],
        foreignKeys: [fk('staff_id', 'provider_staff', 'id', true), fk('area_code', 'areas', 'code', false)],
        indices: [new TableIndex({ name: 'ix_provider_staff_areas_code', columnNames: ['area_code'] }), new TableIndex({ name: 'ix_provider_staff_areas_path', columnNames: ['area_path'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['provider_staff_areas', 'provider_staff_skills', 'provider_staff', 'provider_items', 'provider_areas', 'providers', 'service_items']) await runner.dropTable(table);
  }
}
