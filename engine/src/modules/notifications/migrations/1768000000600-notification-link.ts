import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A notice may point at a page of the app (an alert at the wallboard, say). */
export class NotificationLink1768000000600 implements MigrationInterface {
  name = 'NotificationLink1768000000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('notifications', new TableColumn({ name: 'link', type: 'varchar', length: '300', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('notifications', 'link');
  }
}
