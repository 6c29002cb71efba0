import { DateUtils } from 'typeorm/util/DateUtils';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_DICTIONARIES } from '../seed';

const ADDED = ['knowledge_category', 'department'];

/**
 * The 知识库's categories and the bureau's departments (承办部门, a handed-on case's group) for databases
 * made before they shipped; a new database has them from the first migration, so this adds only what is missing.
 */
export class KnowledgeAndDepartments1767300000000 implements MigrationInterface {
  name = 'KnowledgeAndDepartments1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    const now = runner.connection.options.type === 'mysql' ? new Date() : DateUtils.mixedDateToUtcDatetimeString(new Date());
    for (const d of SEED_DICTIONARIES.filter((seed) => ADDED.includes(seed.key))) {
      const present = await runner.query('SELECT `key` FROM dictionaries WHERE `key` = ?', [d.key]);
      if (present.length > 0) continue;
      await runner.query('INSERT INTO dictionaries (`key`, name, name_en, `system`, updated_at) VALUES (?, ?, ?, ?, ?)', [d.key, d.name, d.nameEn, 1, now]);
      for (const [sort, [code, label, labelEn]] of d.options.entries()) {
        await runner.query('INSERT INTO dictionary_options (dict_key, code, label, label_en, sort, active) VALUES (?, ?, ?, ?, ?, ?)', [d.key, code, label, labelEn, sort, 1]);
      }
    }
  }

  async down(): Promise<void> {
    // Admins may have used them by now: leaving them is safer than dropping their options.
  }
}
