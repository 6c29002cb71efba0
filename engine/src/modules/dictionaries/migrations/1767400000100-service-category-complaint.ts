import { MigrationInterface, QueryRunner } from 'typeorm';

/** 投诉建议 among the service categories (the shipped complaint type), for databases made before it shipped. */
export class ServiceCategoryComplaint1767400000100 implements MigrationInterface {
  name = 'ServiceCategoryComplaint1767400000100';

  async up(runner: QueryRunner): Promise<void> {
    const present = await runner.query("SELECT code FROM dictionary_options WHERE dict_key = 'service_category' AND code = 'complaint'");
    if (present.length > 0) return;
    const [{ last }] = await runner.query("SELECT COALESCE(MAX(sort), -1) AS last FROM dictionary_options WHERE dict_key = 'service_category'");
    await runner.query('INSERT INTO dictionary_options (dict_key, code, label, label_en, sort, active) VALUES (?, ?, ?, ?, ?, ?)', ['service_category', 'complaint', '投诉建议', 'Complaints and suggestions', Number(last) + 1, 1]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM dictionary_options WHERE dict_key = 'service_category' AND code = 'complaint'");
  }
}
