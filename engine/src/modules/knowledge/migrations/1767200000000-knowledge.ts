import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** 知识库: articles and their versions. */
export class Knowledge1767200000000 implements MigrationInterface {
  name = 'Knowledge1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    const int = (name: string, nullable = false) => ({ name, type: 'int', isNullable: nullable });
    await runner.createTable(
      new Table({
        name: 'knowledge_articles',
        columns: [
          c.id(),
          int('published_version', true),
          int('latest_version'),
          c.text('title', 200),
          c.text('category', 200),
          c.text('expires_on', 10, true),
          { name: 'withdrawn', type: 'boolean', default: false },
          { ...int('useful'), default: 0 },
          { ...int('not_useful'), default: 0 },
          c.text('created_by', 36),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        indices: [new TableIndex({ name: 'ix_knowledge_articles_category', columnNames: ['category'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'knowledge_versions',
        columns: [
          { ...c.text('article_id', 36), isPrimary: true },
          { ...int('version'), isPrimary: true },
          c.text('status', 16),
          c.text('title', 200),
          c.longText('body'),
          c.text('category', 200),
          c.longText('keywords'),
          c.longText('synonyms'),
          c.longText('areas'),
          c.text('doc_number', 100, true),
          c.text('issuer', 100, true),
          c.text('effective_from', 10, true),
          c.text('expires_on', 10, true),
          c.text('short_answer', 300),
          c.longText('attachments'),
          c.text('authored_by', 36),
          c.text('authored_by_name', 128),
          c.time('updated_at'),
          c.text('review_note', 500, true),
          c.text('reviewed_by', 36, true),
          c.text('reviewed_by_name', 128, true),
          c.time('published_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_knowledge_versions_status', columnNames: ['status'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('knowledge_versions');
    await runner.dropTable('knowledge_articles');
  }
}
