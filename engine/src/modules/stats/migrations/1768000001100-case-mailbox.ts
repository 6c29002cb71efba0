import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The mailbox letters closed, and those whose first step was done within 24 hours (GB/T 33358-2016). */
export class CaseMailbox1768000001100 implements MigrationInterface {
  name = 'CaseMailbox1768000001100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('case_stats', [new TableColumn({ name: 'mailbox_asked', type: 'int', default: 0 }), new TableColumn({ name: 'mailbox_in_time', type: 'int', default: 0 })]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of ['mailbox_in_time', 'mailbox_asked']) await runner.dropColumn('case_stats', name);
  }
}
