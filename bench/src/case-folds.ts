/**
 * The case-report bench's folds: the seeded cases added to the figures as the tally adds them —
 * opened on its opening day, closed or canceled on its closing day — built in memory by key and
 * written in batches.
 */
import { localDay } from '@careflow/engine/dist/modules/calendar/working-days';
import { addUp } from '@careflow/engine/dist/modules/stats/add-up';
import { caseAgentGrainRows } from '@careflow/engine/dist/modules/stats/case-agent-grains';
import type { CaseSums } from '@careflow/engine/dist/modules/stats/case-entities';
import { bucketOf, CASE_AGENT_GRAIN_KEYS, CASE_AGENT_KEYS, CASE_SUM_COLUMNS, CASE_SUM_KEYS, closedSums, NO_CASE_SUMS } from '@careflow/engine/dist/modules/stats/case-sums';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';

export type CaseRow = { id: string; type: string; channel: string; areaPath: string | null; openedBy: string; status: string; openedAt: Date; closedAt: Date | null; dueAt: Date | null; satisfaction: string | null };
const PAGE = 20_000;
/** Channels whose cases an agent opens at the desk; the engine opens the others (the tally's agent ''). */
const DESK_CHANNELS = ['phone', 'tv'];

/** Sums by key (the key's parts joined by |) and duration buckets by key and bucket. */
export class Folded {
  readonly stats = new Map<string, CaseSums>();
  readonly buckets = new Map<string, number>();

  add(key: string, sums: CaseSums, bucket?: number): void {
    const was = this.stats.get(key) ?? NO_CASE_SUMS;
    this.stats.set(key, Object.fromEntries(CASE_SUM_KEYS.map((k) => [k, was[k] + sums[k]])) as CaseSums);
    if (bucket !== undefined) this.buckets.set(`${key}|${bucket}`, (this.buckets.get(`${key}|${bucket}`) ?? 0) + 1);
  }

  /** Writes the sums to `table` and the buckets to `bucketTable`, 1,000 rows a statement, without holding every row at once. */
  async write(dataSource: DataSource, table: string, bucketTable: string, keys: string[]): Promise<void> {
    await inBatches(this.stats, ([key, sums]) => [...key.split('|'), ...CASE_SUM_KEYS.map((k) => sums[k])], (rows) => addUp(dataSource.manager, table, keys, CASE_SUM_COLUMNS, rows));
    await inBatches(this.buckets, ([key, cases]) => [...key.split('|').slice(0, keys.length), Number(key.split('|')[keys.length]), cases], (rows) => addUp(dataSource.manager, bucketTable, [...keys, 'bucket'], ['cases'], rows));
  }
}

/** Calls `add` for each event of the cases opened or closed since `since`: its row, when, what it adds, and a closed case's duration bucket. */
export async function eachCaseEvent(dataSource: DataSource, since: Date, add: (row: CaseRow, at: Date, sums: CaseSums, bucket?: number) => void): Promise<void> {
  let after = '';
  for (;;) {
    const page: CaseRow[] = await dataSource.query(
      'SELECT id, service_type_key AS type, channel, area_path AS areaPath, opened_by AS openedBy, status, opened_at AS openedAt, closed_at AS closedAt, due_at AS dueAt, satisfaction FROM cases WHERE id > ? AND (opened_at >= ? OR closed_at >= ?) ORDER BY id LIMIT ?',
      [after, since, since, PAGE],
    );
    if (page.length === 0) return;
    for (const raw of page) {
      const row = { ...raw, openedAt: new Date(raw.openedAt), closedAt: raw.closedAt ? new Date(raw.closedAt) : null, dueAt: raw.dueAt ? new Date(raw.dueAt) : null };
      if (row.openedAt >= since) add(row, row.openedAt, { ...NO_CASE_SUMS, opened: 1 });
      if (!row.closedAt || row.closedAt < since) continue;
      if (row.status === 'canceled') add(row, row.closedAt, { ...NO_CASE_SUMS, canceled: 1 });
      if (row.status === 'closed') {
        const sums = closedSums({ ...row, firstContactResolved: row.id.endsWith('7') }, row.id.endsWith('3'));
        add(row, row.closedAt, sums, bucketOf(sums.durationSec));
      }
    }
    after = page[page.length - 1].id;
  }
}

/**
 * The figures by agent (case_agent_stats, and case_agent_grains by day and month) of the last `days`: a case opened at the desk counts for
 * who opened it, any other for the engine. Only recent days: a month's report by agent reads no more,
 * and two years would not fit in memory beside the other figures.
 */
export async function foldAgents(dataSource: DataSource, timeZone: string, days: number, log: (line: string) => void): Promise<number> {
  const began = performance.now();
  const folded = new Folded();
  const grains = new Folded();
  await eachCaseEvent(dataSource, new Date(Date.now() - days * 86_400_000), (row, at, sums, bucket) => {
    const place = { day: localDay(at, timeZone).date, agent: DESK_CHANNELS.includes(row.channel) ? row.openedBy : '', serviceType: row.type, channel: row.channel, areaPath: row.areaPath ?? '' };
    folded.add([place.day, place.agent, place.serviceType, place.channel, place.areaPath].join('|'), sums, bucket);
    for (const g of caseAgentGrainRows(place)) grains.add([g.grain, g.day, g.agent, g.serviceType, g.channel].join('|'), sums, bucket);
  });
  await folded.write(dataSource, 'case_agent_stats', 'case_agent_duration_buckets', CASE_AGENT_KEYS);
  await grains.write(dataSource, 'case_agent_grains', 'case_agent_grain_buckets', CASE_AGENT_GRAIN_KEYS);
  log(`fold by agent, the last ${days} days: ${folded.stats.size} rows (${grains.stats.size} in the agent grains), ${folded.buckets.size} duration buckets, in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  return folded.stats.size;
}

async function inBatches<K, V>(entries: Map<K, V>, rowOf: (entry: [K, V]) => unknown[], write: (rows: unknown[][]) => Promise<void>): Promise<void> {
  let rows: unknown[][] = [];
  for (const entry of entries) {
    rows.push(rowOf(entry));
    if (rows.length === 1000) {
      await write(rows);
      rows = [];
    }
  }
  await write(rows);
}
