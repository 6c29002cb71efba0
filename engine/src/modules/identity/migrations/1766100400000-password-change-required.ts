import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Set when an admin created the user or set their password: until they choose their own, the session can only change it. */
export class PasswordChangeRequired1766100400000 implements MigrationInterface {
  name = 'PasswordChangeRequired1766100400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('users', new TableColumn({ name: 'password_change_required', type: 'boolean', default: false }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('users', 'password_change_required');
  }
}
