import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 决策表: the DMN decision tables processes evaluate, one row per version. */
export class DecisionVersions1767400000000 implements MigrationInterface {
  name = 'DecisionVersions1767400000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'decision_versions',
        columns: [
          { ...c.text('decision_key', 64), isPrimary: true },
          { name: 'version', type: 'int', isPrimary: true },
          c.text('name', 200),
          c.longText('dmn_xml'),
          c.text('status', 16),
          c.text('deployment_id', 64, true),
          { name: 'definition_version', type: 'int', isNullable: true },
          c.text('created_by', 36),
          c.time('created_at'),
          c.text('published_by', 36, true),
          c.time('published_at', true),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('decision_versions');
  }
}
