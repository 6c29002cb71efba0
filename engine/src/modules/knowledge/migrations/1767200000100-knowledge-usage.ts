import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** Articles used on cases, and agents' useful / not useful. */
export class KnowledgeUsage1767200000100 implements MigrationInterface {
  name = 'KnowledgeUsage1767200000100';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    const key = (name: string) => ({ ...c.text(name, 36), isPrimary: true });
    await runner.createTable(
      new Table({
        name: 'knowledge_uses',
        columns: [key('case_id'), key('article_id'), { name: 'version', type: 'int' }, c.text('month', 7), c.text('used_by', 36), c.text('used_by_name', 128), c.time('used_at')],
        indices: [new TableIndex({ name: 'ix_knowledge_uses_month', columnNames: ['month', 'article_id'] })],
      }),
    );
    await runner.createTable(new Table({ name: 'knowledge_ratings', columns: [key('article_id'), key('user_id'), key('case_key'), { name: 'useful', type: 'boolean' }, c.time('rated_at')] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('knowledge_ratings');
    await runner.dropTable('knowledge_uses');
  }
}
