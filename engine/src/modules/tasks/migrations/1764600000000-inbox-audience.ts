import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { audienceOf } from '../audience';

const BATCH = 1000;
const INBOX_ORDER = ['status', 'priority_rank', 'due_missing', 'due_at', 'created_at', 'id'];

/**
 * Who may see a task is decided from the inbox index: the assignee and the packed candidate list
 * (audience) join its columns, so the database filters index entries without reading task rows.
 */
export class InboxAudience1764600000000 implements MigrationInterface {
  name = 'InboxAudience1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    // ASCII keeps the index entry small; binary collation makes names match exactly.
    const ascii = mysql ? { charset: 'ascii', collation: 'ascii_bin' } : {};
    await runner.addColumn('tasks', new TableColumn({ name: 'audience', type: 'varchar', length: '700', default: "'*'", ...ascii }));
    await backfill(runner);
    await runner.dropIndex('tasks', 'ix_tasks_inbox');
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_inbox', columnNames: [...INBOX_ORDER, 'assignee', 'audience'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('tasks', 'ix_tasks_inbox');
    await runner.createIndex('tasks', new TableIndex({ name: 'ix_tasks_inbox', columnNames: INBOX_ORDER }));
    await runner.dropColumn('tasks', 'audience');
  }
}

/** Packs the candidate lists of existing tasks, a batch at a time, one UPDATE per distinct audience. */
async function backfill(runner: QueryRunner): Promise<void> {
  let after = '';
  for (;;) {
    const rows: { id: string; candidate_groups: string; candidate_users: string }[] = await runner.query(
      'SELECT id, candidate_groups, candidate_users FROM tasks WHERE id > ? ORDER BY id LIMIT ?',
      [after, BATCH],
    );
    if (rows.length === 0) return;
    const byAudience = new Map<string, string[]>();
    for (const row of rows) {
      const audience = audienceOf(list(row.candidate_groups), list(row.candidate_users));
      byAudience.set(audience, [...(byAudience.get(audience) ?? []), row.id]);
    }
    for (const [audience, ids] of byAudience) {
      await runner.query(`UPDATE tasks SET audience = ? WHERE id IN (${ids.map(() => '?').join(',')})`, [audience, ...ids]);
    }
    after = rows[rows.length - 1].id;
  }
}

function list(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
