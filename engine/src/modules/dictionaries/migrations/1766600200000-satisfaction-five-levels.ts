import { MigrationInterface, QueryRunner } from 'typeorm';

/** 非常不满意 as the fifth satisfaction level: return visits rate on the national standard's five levels. */
export class SatisfactionFiveLevels1766600200000 implements MigrationInterface {
  name = 'SatisfactionFiveLevels1766600200000';

  async up(runner: QueryRunner): Promise<void> {
    const present = await runner.query("SELECT code FROM dictionary_options WHERE dict_key = 'satisfaction' AND code = 'very_unsatisfied'");
    if (present.length > 0) return;
    const [{ last }] = await runner.query("SELECT COALESCE(MAX(sort), -1) AS last FROM dictionary_options WHERE dict_key = 'satisfaction'");
    await runner.query('INSERT INTO dictionary_options (dict_key, code, label, label_en, sort, active) VALUES (?, ?, ?, ?, ?, ?)', ['satisfaction', 'very_unsatisfied', '非常不满意', 'Very unsatisfied', Number(last) + 1, 1]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM dictionary_options WHERE dict_key = 'satisfaction' AND code = 'very_unsatisfied'");
  }
}
