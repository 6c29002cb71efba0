import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/** case_stats' sums as they stand at this migration (frozen here: a later sum adds its column to both tables). */
const SUMS = ['opened', 'closed', 'canceled', 'closed_with_due', 'closed_on_time', 'fcr_asked', 'fcr_yes', 'redone', 'duration_sec', 'urged', 'supervised', 'sat_very_satisfied', 'sat_satisfied', 'sat_neutral', 'sat_unsatisfied', 'sat_very_unsatisfied', 'reply_asked', 'reply_in_time', 'mailbox_asked', 'mailbox_in_time'];
const KEY: TableColumnOptions[] = [
  { name: 'day', type: 'varchar', length: '10', isPrimary: true },
  { name: 'agent', type: 'varchar', length: '64', isPrimary: true },
  { name: 'service_type', type: 'varchar', length: '64', isPrimary: true },
  { name: 'channel', type: 'varchar', length: '16', isPrimary: true },
  { name: 'area_path', type: 'varchar', length: '200', isPrimary: true },
];

/**
 * Case figures by agent (受理坐席) with every other dimension, and their durations' buckets: the case
 * report filtered or grouped by agent. Nothing is carried over: they count from this release on.
 */
export class CaseAgentStats1768000001200 implements MigrationInterface {
  name = 'CaseAgentStats1768000001200';

  async up(runner: QueryRunner): Promise<void> {
    const sums = SUMS.map((name) => ({ name, type: 'int', default: 0 }));
    await runner.createTable(new Table({ name: 'case_agent_stats', columns: [...KEY, ...sums], indices: [{ name: 'ix_case_agent_stats_agent', columnNames: ['agent', 'day'] }] }));
    await runner.createTable(new Table({ name: 'case_agent_duration_buckets', columns: [...KEY, { name: 'bucket', type: 'int', isPrimary: true }, { name: 'cases', type: 'int', default: 0 }] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('case_agent_duration_buckets');
    await runner.dropTable('case_agent_stats');
  }
}
