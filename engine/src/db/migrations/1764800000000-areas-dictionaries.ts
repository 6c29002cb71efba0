import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { SEED_DICTIONARIES } from '../../modules/dictionaries/seed';
import { columns } from './table-columns';

/** The area tree and the dictionaries, seeded with the shipped zh-CN dictionaries. */
export class AreasDictionaries1764800000000 implements MigrationInterface {
  name = 'AreasDictionaries1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'areas',
        columns: [{ ...c.text('code', 32), isPrimary: true }, c.text('name', 100), c.text('level', 16), c.text('parent_code', 32, true), c.text('path', 200), { name: 'sort', type: 'int', default: 0 }, c.time('updated_at')],
      }),
    );
    await runner.createIndex('areas', new TableIndex({ name: 'ix_areas_path', columnNames: ['path'] }));
    await runner.createTable(
      new Table({ name: 'dictionaries', columns: [{ ...c.text('key', 64), isPrimary: true }, c.text('name', 100), c.text('name_en', 100), { name: 'system', type: 'boolean', default: false }, c.time('updated_at')] }),
    );
    await runner.createTable(
      new Table({
        name: 'dictionary_options',
        columns: [{ ...c.text('dict_key', 64), isPrimary: true }, { ...c.text('code', 64), isPrimary: true }, c.text('label', 100), c.text('label_en', 100), { name: 'sort', type: 'int', default: 0 }, c.flag('active')],
      }),
    );
    // Raw inserts bind plain values: SQLite takes neither booleans nor Dates.
    const now = runner.connection.options.type === 'mysql' ? new Date() : DateUtils.mixedDateToUtcDatetimeString(new Date());
    for (const d of SEED_DICTIONARIES) {
      await runner.query('INSERT INTO dictionaries (`key`, name, name_en, `system`, updated_at) VALUES (?, ?, ?, ?, ?)', [d.key, d.name, d.nameEn, 1, now]);
      for (const [sort, [code, label, labelEn]] of d.options.entries()) {
        await runner.query('INSERT INTO dictionary_options (dict_key, code, label, label_en, sort, active) VALUES (?, ?, ?, ?, ?, ?)', [d.key, code, label, labelEn, sort, 1]);
      }
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('dictionary_options');
    await runner.dropTable('dictionaries');
    await runner.dropTable('areas');
  }
}
