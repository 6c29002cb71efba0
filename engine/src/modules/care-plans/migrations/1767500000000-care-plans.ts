import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 关怀计划, the days they opened 主动关怀 cases for (one per plan and scheduled day), and 关怀规则. */
export class CarePlans1767500000000 implements MigrationInterface {
  name = 'CarePlans1767500000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    const careFields = [c.text('kind', 16), c.text('channel', 8), c.longText('schedule'), c.text('window_from', 5), c.text('window_to', 5), c.text('holidays', 8), c.text('subject', 100), c.text('message', 300), c.longText('owner')];
    await runner.createTable(
      new Table({
        name: 'care_plans',
        columns: [
          c.id(),
          c.text('elder_id', 36),
          ...careFields,
          c.text('starts_on', 10),
          c.text('ends_on', 10, true),
          c.text('status', 8),
          c.text('status_reason', 200, true),
          c.text('rule_id', 36, true),
          c.text('rule_elder', 73, true),
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        uniques: [{ name: 'uq_care_plans_rule_elder', columnNames: ['rule_elder'] }],
        indices: [
          new TableIndex({ name: 'ix_care_plans_elder', columnNames: ['elder_id'] }),
          new TableIndex({ name: 'ix_care_plans_status', columnNames: ['status'] }),
          new TableIndex({ name: 'ix_care_plans_rule', columnNames: ['rule_id', 'elder_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'care_plan_occurrences',
        columns: [
          c.id(),
          c.text('plan_id', 36),
          c.text('scheduled_on', 10),
          c.time('due_at'),
          c.text('case_id', 36),
          { name: 'outcome', type: 'varchar', length: '16', default: "'pending'" },
          { name: 'tries', type: 'int', default: 0 },
          c.time('closed_at', true),
        ],
        uniques: [{ name: 'uq_care_occurrences_day', columnNames: ['plan_id', 'scheduled_on'] }],
        indices: [
          new TableIndex({ name: 'ix_care_occurrences_case', columnNames: ['case_id'] }),
          new TableIndex({ name: 'ix_care_occurrences_due', columnNames: ['due_at'] }),
          new TableIndex({ name: 'ix_care_occurrences_outcome', columnNames: ['outcome'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'care_rules',
        columns: [c.id(), c.text('name', 100), c.longText('filter'), c.text('area_path', 200, true), ...careFields, c.flag('active'), c.text('created_by', 36), c.time('created_at'), c.time('updated_at')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('care_rules');
    await runner.dropTable('care_plan_occurrences');
    await runner.dropTable('care_plans');
  }
}
