import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from './table-columns';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.text('username', 64),
          c.text('display_name', 128),
          c.text('password_hash'),
          c.longText('roles'),
          c.flag('active'),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        uniques: [{ name: 'uq_users_username', columnNames: ['username'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'sessions',
        columns: [{ ...c.text('id', 64), isPrimary: true }, c.text('user_id', 36), c.time('created_at'), c.time('expires_at')],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'deployments',
        columns: [
          c.id(),
          c.key('deployment_key'),
          c.text('resource_name'),
          c.longText('processes'),
          c.longText('xml'),
          c.text('deployed_by', 36),
          c.time('deployed_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'process_instances',
        columns: [
          { ...c.key('process_instance_key'), isPrimary: true },
          c.text('bpmn_process_id'),
          c.key('process_definition_key'),
          { name: 'version', type: 'int' },
          c.text('started_by', 36),
          c.time('started_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'tasks',
        columns: [
          c.id(),
          c.key('job_key'),
          c.key('process_instance_key'),
          c.key('process_definition_key'),
          c.text('bpmn_process_id'),
          c.text('element_id'),
          c.key('element_instance_key'),
          c.text('form_key', 255, true),
          c.text('assignee', 64, true),
          c.longText('candidate_groups'),
          c.longText('candidate_users'),
          c.time('due_at', true),
          c.longText('variables'),
          c.text('status', 16),
          c.time('created_at'),
          c.time('completed_at', true),
          c.text('completed_by', 36, true),
          c.longText('result', true),
        ],
        uniques: [{ name: 'uq_tasks_job_key', columnNames: ['job_key'] }],
      }),
    );
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_status_created', columnNames: ['status', 'created_at'] }));
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_instance', columnNames: ['process_instance_key'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['tasks', 'process_instances', 'deployments', 'sessions', 'users']) await runner.dropTable(table);
  }
}
