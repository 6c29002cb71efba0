import { MigrationInterface, QueryRunner } from 'typeorm';

/** 主动关怀 among the service categories (the shipped proactive-care type and its 上门探视 item), for databases made before it shipped. */
export class ServiceCategoryCare1767500000100 implements MigrationInterface {
  name = 'ServiceCategoryCare1767500000100';

  async up(runner: QueryRunner): Promise<void> {
    const present = await runner.query("SELECT code FROM dictionary_options WHERE dict_key = 'service_category' AND code = 'care'");
    if (present.length > 0) return;
    const [{ last }] = await runner.query("SELECT COALESCE(MAX(sort), -1) AS last FROM dictionary_options WHERE dict_key = 'service_category'");
    await runner.query('INSERT INTO dictionary_options (dict_key, code, label, label_en, sort, active) VALUES (?, ?, ?, ?, ?, ?)', ['service_category', 'care', '主动关怀', 'Proactive care', Number(last) + 1, 1]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM dictionary_options WHERE dict_key = 'service_category' AND code = 'care'");
  }
}
