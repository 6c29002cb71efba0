import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** Cases and tasks carry their elder's area path, so area scope applies to them as to elder files. */
export class CaseAreas1765100000000 implements MigrationInterface {
  name = 'CaseAreas1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['cases', 'tasks']) await runner.addColumn(table, new TableColumn({ name: 'area_path', type: 'varchar', length: '200', isNullable: true }));
    await runner.createIndex('cases', new TableIndex({ name: 'ix_cases_area_path', columnNames: ['area_path'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('cases', 'ix_cases_area_path');
    for (const table of ['cases', 'tasks']) await runner.dropColumn(table, 'area_path');
  }
}
