import { MigrationInterface, QueryRunner } from 'typeorm';

/** The middle satisfaction level is 基本满意, as the glossary (and the national standard) names it; a label an admin changed stays. */
export class SatisfactionGlossaryLabel1767100000100 implements MigrationInterface {
  name = 'SatisfactionGlossaryLabel1767100000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("UPDATE dictionary_options SET label = '基本满意' WHERE dict_key = 'satisfaction' AND code = 'neutral' AND label = '一般'");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("UPDATE dictionary_options SET label = '一般' WHERE dict_key = 'satisfaction' AND code = 'neutral' AND label = '基本满意'");
  }
}
