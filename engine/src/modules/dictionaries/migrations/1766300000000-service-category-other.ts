import { MigrationInterface, QueryRunner } from 'typeorm';

/** 其他 among the service categories, for service types that fit none of them (shown as a label, never as a code). */
export class ServiceCategoryOther1766300000000 implements MigrationInterface {
  name = 'ServiceCategoryOther1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    const present = await runner.query("SELECT code FROM dictionary_options WHERE dict_key = 'service_category' AND code = 'other'");
    if (present.length > 0) return;
    const [{ last }] = await runner.query("SELECT COALESCE(MAX(sort), -1) AS last FROM dictionary_options WHERE dict_key = 'service_category'");
    await runner.query('INSERT INTO dictionary_options (dict_key, code, label, label_en, sort, active) VALUES (?, ?, ?, ?, ?, ?)', ['service_category', 'other', '其他', 'Other', Number(last) + 1, 1]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM dictionary_options WHERE dict_key = 'service_category' AND code = 'other'");
  }
}
