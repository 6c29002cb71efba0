import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { candidateKeys } from '../../modules/tasks/candidates';
import { columns } from './table-columns';

/**
 * Candidates of each task as rows (g:group, u:user, * for anyone), so the agent inbox finds "my
 * groups' tasks" through an index instead of scanning JSON text.
 */
export class TaskCandidates1764600000000 implements MigrationInterface {
  name = 'TaskCandidates1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'task_candidates',
        columns: [
          { ...c.text('candidate', 100), isPrimary: true },
          { ...c.text('task_id', 36), isPrimary: true },
        ],
      }),
    );
    await runner.createIndex('task_candidates', new TableIndex({ name: 'ix_task_candidates_task', columnNames: ['task_id'] }));
    const tasks: { id: string; candidate_groups: string; candidate_users: string }[] = await runner.query(
      "SELECT id, candidate_groups, candidate_users FROM tasks WHERE status = 'created'",
    );
    for (const task of tasks) {
      const keys = candidateKeys(JSON.parse(task.candidate_groups) as string[], JSON.parse(task.candidate_users) as string[]);
      for (const candidate of keys) await runner.query('INSERT INTO task_candidates (candidate, task_id) VALUES (?, ?)', [candidate, task.id]);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('task_candidates');
  }
}
