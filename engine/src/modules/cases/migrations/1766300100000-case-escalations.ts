import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 催办 and 督办 as rows of their own (the timeline keeps telling them too), counted by reports. */
export class CaseEscalations1766300100000 implements MigrationInterface {
  name = 'CaseEscalations1766300100000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'case_escalations',
        columns: [
          c.id(),
          c.text('case_id', 36),
          c.text('kind', 16),
          c.longText('text'),
          c.text('created_by', 36),
          c.text('created_by_name', 128),
          c.time('created_at'),
          c.text('task_id', 36, true),
          c.text('task_name', 255, true),
          c.text('responsible_id', 36, true),
          c.text('responsible_name', 128, true),
          c.time('deadline', true),
          c.longText('notified'),
          c.longText('reply', true),
          c.time('replied_at', true),
          c.text('replied_by', 36, true),
          c.text('replied_by_name', 128, true),
        ],
      }),
    );
    await runner.createIndices('case_escalations', [
      new TableIndex({ name: 'ix_case_escalations_case', columnNames: ['case_id', 'created_at'] }),
      new TableIndex({ name: 'ix_case_escalations_kind', columnNames: ['kind', 'created_at'] }),
      new TableIndex({ name: 'ix_case_escalations_responsible', columnNames: ['responsible_id'] }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('case_escalations');
  }
}
