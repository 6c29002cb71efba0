import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * 一次办结: whether the case was resolved on the first contact, as its process said when it ended (null when
 * the process does not say, e.g. a case that was never a call). Reports count it (first-contact resolution).
 */
export class FirstContactResolved1767300000100 implements MigrationInterface {
  name = 'FirstContactResolved1767300000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('cases', new TableColumn({ name: 'first_contact_resolved', type: 'boolean', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('cases', 'first_contact_resolved');
  }
}
