import { MigrationInterface, QueryRunner } from 'typeorm';

/** Engine keys outside the tasks table, from Camunda 8's 20-digit keys to Operaton's ids (up to 64 characters). */
const WIDENED: Record<string, { column: string; nullable: boolean }[]> = {
  cases: [{ column: 'process_instance_key', nullable: true }],
  service_type_versions: [{ column: 'process_definition_key', nullable: true }],
  deployments: [{ column: 'deployment_key', nullable: false }],
  process_definitions: [{ column: 'process_definition_key', nullable: false }],
  process_instances: [
    { column: 'process_instance_key', nullable: false },
    { column: 'process_definition_key', nullable: false },
  ],
};

const alter = (table: string, length: number) =>
  `ALTER TABLE ${table} ${WIDENED[table].map((c) => `MODIFY ${c.column} varchar(${length}) ${c.nullable ? 'NULL' : 'NOT NULL'}`).join(', ')}`;

/** Cases, versions, deployments and generic instances keep Operaton's ids (SQLite does not enforce varchar lengths). */
export class OperatonKeys1766200400000 implements MigrationInterface {
  name = 'OperatonKeys1766200400000';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'mysql') return;
    for (const table of Object.keys(WIDENED)) await runner.query(alter(table, 64));
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'mysql') return;
    for (const table of Object.keys(WIDENED)) await runner.query(alter(table, 20));
  }
}
