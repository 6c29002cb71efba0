import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from './table-columns';

/** Lock-out and data scope on users, groups (candidate groups of tasks), the audit log. */
export class IdentityAudit1763900000000 implements MigrationInterface {
  name = 'IdentityAudit1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.addColumns('users', [
      new TableColumn({ name: 'failed_logins', type: 'int', default: 0 }),
      new TableColumn(c.time('locked_until', true)),
      new TableColumn(c.longText('area_scope', true)),
      new TableColumn(c.text('provider_id', 36, true)),
    ]);
    await runner.createTable(
      new Table({
        name: 'user_groups',
        columns: [
          { ...c.text('key', 64), isPrimary: true },
          c.text('name', 128),
          c.time('created_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'user_group_members',
        columns: [
          { ...c.text('user_id', 36), isPrimary: true },
          { ...c.text('group_key', 64), isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['group_key'], referencedTableName: 'user_groups', referencedColumnNames: ['key'], onDelete: 'CASCADE' },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          c.id(),
          c.time('at'),
          c.text('actor_id', 36, true),
          c.text('actor_name', 64, true),
          c.text('action', 64),
          c.text('entity_type', 64),
          c.text('entity_id', 64, true),
          c.longText('before_value', true),
          c.longText('after_value', true),
          c.text('ip', 64, true),
        ],
      }),
    );
    await runner.createIndices('audit_log', [
      new TableIndex({ name: 'ix_audit_at', columnNames: ['at'] }),
      new TableIndex({ name: 'ix_audit_entity', columnNames: ['entity_type', 'entity_id'] }),
      new TableIndex({ name: 'ix_audit_actor', columnNames: ['actor_id', 'at'] }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('audit_log');
    await runner.dropTable('user_group_members');
    await runner.dropTable('user_groups');
    for (const column of ['provider_id', 'area_scope', 'locked_until', 'failed_logins']) await runner.dropColumn('users', column);
  }
}
