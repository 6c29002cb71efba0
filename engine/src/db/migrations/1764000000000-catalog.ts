import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from './table-columns';

/** Forms library and service catalog, each with versions. */
export class Catalog1764000000000 implements MigrationInterface {
  name = 'Catalog1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'forms',
        columns: [{ ...c.text('form_key', 100), isPrimary: true }, c.text('title', 200), { name: 'latest_version', type: 'int' }, c.time('created_at'), c.time('updated_at')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'form_versions',
        columns: [
          { ...c.text('form_key', 100), isPrimary: true },
          { name: 'version', type: 'int', isPrimary: true },
          c.text('title', 200),
          c.longText('form_schema'),
          c.text('created_by', 36),
          c.time('created_at'),
        ],
        foreignKeys: [{ columnNames: ['form_key'], referencedTableName: 'forms', referencedColumnNames: ['form_key'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'service_types',
        columns: [
          { ...c.text('type_key', 64), isPrimary: true },
          c.text('name_zh', 100),
          c.text('name_en', 100),
          c.text('category', 64),
          c.text('icon', 64, true),
          c.text('intake_form_key', 100, true),
          { name: 'published_version', type: 'int', isNullable: true },
          c.time('created_at'),
          c.time('updated_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'service_type_versions',
        columns: [
          { ...c.text('type_key', 64), isPrimary: true },
          { name: 'version', type: 'int', isPrimary: true },
          c.longText('bpmn_xml'),
          c.longText('settings'),
          c.text('status', 16),
          c.text('bpmn_process_id', 255, true),
          c.key('process_definition_key', true),
          { name: 'zeebe_version', type: 'int', isNullable: true },
          c.longText('form_versions', true),
          c.text('created_by', 36),
          c.time('created_at'),
          c.text('published_by', 36, true),
          c.time('published_at', true),
        ],
        foreignKeys: [{ columnNames: ['type_key'], referencedTableName: 'service_types', referencedColumnNames: ['type_key'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['service_type_versions', 'service_types', 'form_versions', 'forms']) await runner.dropTable(table);
  }
}
