import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The inbox shows each task's case number without reading the task's process variables. */
export class TaskCaseNumber1765300000000 implements MigrationInterface {
  name = 'TaskCaseNumber1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('tasks', new TableColumn({ name: 'case_number', type: 'varchar', length: '32', isNullable: true }));
    await runner.query('UPDATE tasks SET case_number = (SELECT c.case_number FROM cases c WHERE c.id = tasks.case_id) WHERE case_id IS NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('tasks', 'case_number');
  }
}
