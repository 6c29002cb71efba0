import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The SMS and web requests closed, and those whose first step was done within 3 minutes (GB/T 33358-2016). */
export class CaseReply1768000000300 implements MigrationInterface {
  name = 'CaseReply1768000000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('case_stats', [new TableColumn({ name: 'reply_asked', type: 'int', default: 0 }), new TableColumn({ name: 'reply_in_time', type: 'int', default: 0 })]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of ['reply_in_time', 'reply_asked']) await runner.dropColumn('case_stats', name);
  }
}
