import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

const int = (name: string, nullable = false) => ({ name, type: 'int', isNullable: nullable });

/** 收费: subsidy rules and caps (with the bureau's defaults), charge lines and closed months. */
export class Billing1766600000000 implements MigrationInterface {
  name = 'Billing1766600000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'subsidy_rules',
        columns: [{ ...c.text('category', 32), isPrimary: true }, { ...c.text('item_code', 64), isPrimary: true }, c.text('kind', 16), int('rule_value'), c.time('updated_at'), c.text('updated_by', 36)],
      }),
    );
    await runner.createTable(new Table({ name: 'subsidy_caps', columns: [{ ...c.text('category', 32), isPrimary: true }, int('monthly_cap', true)] }));
    await runner.createTable(
      new Table({
        name: 'charge_lines',
        columns: [
          c.id(),
          c.text('line_key', 140),
          c.text('charge_key', 128),
          c.text('month', 7),
          c.text('elder_id', 36),
          c.text('case_id', 36, true),
          c.text('dispatch_id', 36, true),
          c.text('provider_id', 36),
          c.text('staff_id', 36, true),
          c.text('item_code', 64),
          c.text('item_name', 100),
          c.text('unit', 16),
          int('quantity'),
          int('unit_price'),
          int('amount'),
          int('subsidy'),
          int('elder_share'),
          c.time('served_at'),
          c.text('kind', 16),
          c.text('adjusts_line_id', 36, true),
          c.text('reason', 500, true),
          c.text('created_by', 36),
          c.time('created_at'),
        ],
        uniques: [{ name: 'uq_charge_lines_line_key', columnNames: ['line_key'] }],
        indices: [
          new TableIndex({ name: 'ix_charge_lines_charge_key', columnNames: ['charge_key'] }),
          new TableIndex({ name: 'ix_charge_lines_elder_month', columnNames: ['elder_id', 'month'] }),
          new TableIndex({ name: 'ix_charge_lines_provider_month', columnNames: ['provider_id', 'month'] }),
          new TableIndex({ name: 'ix_charge_lines_case', columnNames: ['case_id'] }),
        ],
      }),
    );
    await runner.createTable(new Table({ name: 'billing_months', columns: [{ ...c.text('month', 7), isPrimary: true }, c.time('closed_at'), c.text('closed_by', 36)] }));
    // The bureau's defaults: 无偿 fully paid, 低偿 half, 有偿 nothing; monthly caps in fen.
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    for (const [category, value] of [['free', 100], ['low_pay', 50], ['paid', 0]] as const) {
      await runner.query("INSERT INTO subsidy_rules (category, item_code, kind, rule_value, updated_at, updated_by) VALUES (?, '*', 'percent', ?, ?, 'system')", [category, value, now]);
    }
    for (const [category, cap] of [['free', 60000], ['low_pay', 30000], ['paid', null]] as const) {
      await runner.query('INSERT INTO subsidy_caps (category, monthly_cap) VALUES (?, ?)', [category, cap]);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['billing_months', 'charge_lines', 'subsidy_caps', 'subsidy_rules']) await runner.dropTable(table);
  }
}
