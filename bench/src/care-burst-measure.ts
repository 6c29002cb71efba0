/** What the care-burst bench reads while it runs: the cases opened, the robot calls queued, the throttle's minutes, the databases' sizes. */
import { CaseEntity } from '@careflow/engine/dist/modules/cases/entities';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BenchDatabase, scalar } from './bench-database';

/** The topic the 主动关怀 process's robot calls wait on (no worker fetches them here: they stay queued). */
export const CALL_TOPIC = 'careflow:call:1';
const MINUTE_MS = 60_000;

export const round1 = (n: number) => Math.round(n * 10) / 10;

export async function queuedCalls(rest: OperatonRest): Promise<number> {
  return (await rest.get<{ count: number }>('/external-task/count', { topicName: CALL_TOPIC })).count;
}

export const openedOccurrences = (dataSource: DataSource) => scalar(dataSource, 'SELECT COUNT(*) FROM care_plan_occurrences');

/** One reading every `everyMs`: seconds since `began`, occurrences opened, robot calls queued. */
export class Sampler {
  readonly samples: { s: number; opened: number; queued: number }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly rest: OperatonRest,
    private readonly began: number,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => void this.read(), everyMs);
  }

  async read(): Promise<{ opened: number; queued: number }> {
    const [opened, queued] = await Promise.all([openedOccurrences(this.dataSource), queuedCalls(this.rest)]);
    this.samples.push({ s: round1((performance.now() - this.began) / 1000), opened, queued });
    return { opened, queued };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** When each 主动关怀 case of plans and campaigns opened (what the throttle counts), in order. */
async function openingTimes(dataSource: DataSource, from: Date, to: Date): Promise<number[]> {
  const rows = await dataSource
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .select('c.opened_at', 'openedAt')
    .where("c.service_type_key = 'proactive-care' AND c.channel = 'plan'")
    .andWhere('c.opened_at >= :from AND c.opened_at < :to', { from, to })
    .getRawMany<{ openedAt: string | Date }>();
  // SQLite gives its text, MySQL a Date; both are UTC.
  return rows.map((r) => (r.openedAt instanceof Date ? r.openedAt.getTime() : Date.parse(`${r.openedAt.replace(' ', 'T')}Z`))).sort((a, b) => a - b);
}

/**
 * The cases opened in each minute from `from` (as a clock reads them), and the most in any rolling
 * minute (the window the throttle counts: after t − 60 s, up to t).
 */
export async function throttleMinutes(dataSource: DataSource, from: Date, to: Date): Promise<{ perMinute: number[]; maxInRollingMinute: number }> {
  const times = await openingTimes(dataSource, from, to);
  const perMinute = Array.from({ length: Math.ceil((to.getTime() - from.getTime()) / MINUTE_MS) }, () => 0);
  for (const t of times) perMinute[Math.floor((t - from.getTime()) / MINUTE_MS)] += 1;
  let max = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[first] <= times[last] - MINUTE_MS) first++;
    max = Math.max(max, last - first + 1);
  }
  return { perMinute, maxInRollingMinute: max };
}

const fileMb = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size / 1048576 : 0);

/** CareFlow's database: the SQLite file with its write-ahead log, or the MySQL schema's data and indexes (InnoDB's estimate). */
export async function careflowDbMb(bench: BenchDatabase, dataSource: DataSource): Promise<number> {
  if (bench.config.type === 'sqlite') return round1(fileMb(bench.config.file) + fileMb(`${bench.config.file}-wal`));
  const tables: { name: string }[] = await dataSource.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ?', [bench.name]);
  // The sizes are InnoDB's statistics: brought up to date first.
  if (tables.length) await dataSource.query(`ANALYZE TABLE ${tables.map((t) => `\`${t.name}\``).join(', ')}`);
  const bytes = await scalar(dataSource, `SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables WHERE table_schema = '${bench.name}'`);
  return round1(bytes / 1048576);
}

/** The process engine's H2 database file(s) under its data folder (not its log or trace). */
export function h2Mb(dataDir: string): number {
  const files = fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.mv.db'));
  return round1(files.reduce((sum, f) => sum + fileMb(path.join(f.parentPath, f.name)), 0));
}
