import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/** The case sums as they stand at this migration (frozen here). */
const SUMS = ['opened', 'closed', 'canceled', 'closed_with_due', 'closed_on_time', 'fcr_asked', 'fcr_yes', 'redone', 'duration_sec', 'urged', 'supervised', 'sat_very_satisfied', 'sat_satisfied', 'sat_neutral', 'sat_unsatisfied', 'sat_very_unsatisfied', 'reply_asked', 'reply_in_time', 'mailbox_asked', 'mailbox_in_time'];
const KEY: TableColumnOptions[] = [
  { name: 'grain', type: 'varchar', length: '24', isPrimary: true },
  { name: 'day', type: 'varchar', length: '10', isPrimary: true },
  { name: 'agent', type: 'varchar', length: '64', isPrimary: true },
  { name: 'service_type', type: 'varchar', length: '64', isPrimary: true },
  { name: 'channel', type: 'varchar', length: '16', isPrimary: true },
];
/** Each grain: its day (the day or its month) and whether it keeps the type and channel. */
const GRAINS: [grain: string, day: string, typeChannel: boolean][] = [
  ['dayAgent', 'day', false],
  ['dayAgentTypeChannel', 'day', true],
  ['monthAgent', 'SUBSTR(day, 1, 7)', false],
  ['monthAgentTypeChannel', 'SUBSTR(day, 1, 7)', true],
];

/**
 * The figures by agent without the area, by day and by month (case_agent_grains and their duration
 * buckets), carried over from case_agent_stats.
 */
export class CaseAgentGrains1768000001400 implements MigrationInterface {
  name = 'CaseAgentGrains1768000001400';

  async up(runner: QueryRunner): Promise<void> {
    const sums = SUMS.map((name) => ({ name, type: name === 'duration_sec' ? 'bigint' : 'int', default: 0 }));
    await runner.createTable(new Table({ name: 'case_agent_grains', columns: [...KEY, ...sums] }));
    await runner.createTable(new Table({ name: 'case_agent_grain_buckets', columns: [...KEY, { name: 'bucket', type: 'int', isPrimary: true }, { name: 'cases', type: 'int', default: 0 }] }));
    for (const [grain, day, typeChannel] of GRAINS) {
      const place = `${day}, agent, ${typeChannel ? 'service_type, channel' : "'', ''"}`;
      const groups = `${day}, agent${typeChannel ? ', service_type, channel' : ''}`;
      await runner.query(`INSERT INTO case_agent_grains (grain, day, agent, service_type, channel, ${SUMS.join(', ')}) SELECT '${grain}', ${place}, ${SUMS.map((c) => `SUM(${c})`).join(', ')} FROM case_agent_stats GROUP BY ${groups}`);
      await runner.query(`INSERT INTO case_agent_grain_buckets (grain, day, agent, service_type, channel, bucket, cases) SELECT '${grain}', ${place}, bucket, SUM(cases) FROM case_agent_duration_buckets GROUP BY ${groups}, bucket`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('case_agent_grain_buckets');
    await runner.dropTable('case_agent_grains');
  }
}
