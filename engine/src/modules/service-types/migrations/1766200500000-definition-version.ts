import { MigrationInterface, QueryRunner } from 'typeorm';

/** A published version's process definition version is the process engine's, whichever engine it is: the column says so. */
export class DefinitionVersion1766200500000 implements MigrationInterface {
  name = 'DefinitionVersion1766200500000';

  // Plain RENAME COLUMN (SQLite 3.25+, MySQL 8, MariaDB 10.5+): TypeORM's renameColumn rebuilds the column on MySQL and fails on its default.
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE service_type_versions RENAME COLUMN zeebe_version TO definition_version');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE service_type_versions RENAME COLUMN definition_version TO zeebe_version');
  }
}
