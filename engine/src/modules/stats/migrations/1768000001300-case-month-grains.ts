import { MigrationInterface, QueryRunner } from 'typeorm';

/** case_stats' sums as they stand at this migration (frozen here). */
const SUMS = ['opened', 'closed', 'canceled', 'closed_with_due', 'closed_on_time', 'fcr_asked', 'fcr_yes', 'redone', 'duration_sec', 'urged', 'supervised', 'sat_very_satisfied', 'sat_satisfied', 'sat_neutral', 'sat_unsatisfied', 'sat_very_unsatisfied', 'reply_asked', 'reply_in_time', 'mailbox_asked', 'mailbox_in_time'];
/** Each day grain and its month twin, as they stand at this migration. */
const MONTH_OF: Record<string, string> = { dayTypeChannelArea: 'monthTypeChannelArea', dayArea: 'monthArea', dayType: 'monthType', dayChannel: 'monthChannel', day: 'month' };

/**
 * The month grains: a period's whole months are read from one row per month. The figures counted so
 * far are carried over by summing their day rows; from here on the tally adds to both. Durations
 * become BIGINT.
 */
export class CaseMonthGrains1768000001300 implements MigrationInterface {
  name = 'CaseMonthGrains1768000001300';

  async up(runner: QueryRunner): Promise<void> {
    // A month of a city's closed cases sums more seconds than an INT holds (40,000 cases of 5 days: 1.7e10).
    // SQLite's integers are 64-bit whatever a column declares.
    if (runner.connection.options.type === 'mysql') for (const table of ['case_stats', 'case_agent_stats']) await runner.query(`ALTER TABLE ${table} MODIFY duration_sec BIGINT NOT NULL DEFAULT 0`);
    const month = `CASE grain ${Object.entries(MONTH_OF).map(([day, m]) => `WHEN '${day}' THEN '${m}'`).join(' ')} END`;
    const days = Object.keys(MONTH_OF).map((g) => `'${g}'`).join(', ');
    const keys = ['service_type', 'channel', 'area_path'];
    const place = `${month}, SUBSTR(day, 1, 7), ${keys.join(', ')}`;
    await runner.query(
      `INSERT INTO case_stats (grain, day, ${keys.join(', ')}, ${SUMS.join(', ')}) SELECT ${place}, ${SUMS.map((c) => `SUM(${c})`).join(', ')} FROM case_stats WHERE grain IN (${days}) GROUP BY ${place}`,
    );
    await runner.query(
      `INSERT INTO case_duration_buckets (grain, day, ${keys.join(', ')}, bucket, cases) SELECT ${place}, bucket, SUM(cases) FROM case_duration_buckets WHERE grain IN (${days}) GROUP BY ${place}, bucket`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const months = Object.values(MONTH_OF).map((g) => `'${g}'`).join(', ');
    await runner.query(`DELETE FROM case_duration_buckets WHERE grain IN (${months})`);
    await runner.query(`DELETE FROM case_stats WHERE grain IN (${months})`);
    if (runner.connection.options.type === 'mysql') for (const table of ['case_stats', 'case_agent_stats']) await runner.query(`ALTER TABLE ${table} MODIFY duration_sec INT NOT NULL DEFAULT 0`);
  }
}
