import { type BacklogCounts, type CaseKpis, type CaseReportAnswer, type CaseReportGroup, type CaseReportQuery } from '@careflow/contracts';
import { Brackets, DataSource } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { AreaService } from '../areas/service';
import { withinScope, type AreaScope } from '../areas/scope';
import type { PublicUser } from '../identity/entities';
import { groupLabels } from './group-labels';
import { ratio, readSums, round, satisfactionLevels, sumSelect } from './rollup-read';
import { CASE_GRAINS, CASE_SUMS, MONTH_GRAIN_OF, type CaseDayGrain, type CaseFilter, type CaseSums } from './case-entities';
import { AGENT_MONTH_GRAIN_OF } from './case-agent-grains';
import { periodReads, type DayRange, type PeriodReads } from './period-reads';
import { localDay } from '../calendar/working-days';
import { NO_BACKLOG, openBacklog } from './case-backlog';
import { UserEntity } from '../identity/entities';
import { BUCKET_GROWTH, CASE_SUM_KEYS, NO_CASE_SUMS } from './case-sums';

const GROUP_KEYS: Record<CaseReportGroup, string> = { type: 's.service_type', channel: 's.channel', area: 's.area_path', day: 's.day', agent: 's.agent' };
/** The rollups of each kind: by grain, by agent with every dimension (case-entities), and by agent's grain (case-agent-grains). */
const TABLES = {
  sums: { grains: 'case_stats', agents: 'case_agent_stats', agentGrains: 'case_agent_grains' },
  buckets: { grains: 'case_duration_buckets', agents: 'case_agent_duration_buckets', agentGrains: 'case_agent_grain_buckets' },
} as const;
/** An agent's figures are in the agents' rollups only. */
const byAgent = (group: CaseReportGroup, filter: CaseFilter) => group === 'agent' || filter.agent !== undefined;
/**
 * What a month's rows cost in days' rows (periodReads). Measured at city scale (bench case-report,
 * 1,000 communities, by area over the last 30 days): the sums as November less five days plus six
 * December days read in 36 ms against 64 by day; the duration buckets (a month holds 13 days' rows)
 * read in 210 ms against 108 by day, so they take a month's rows only for a month wholly inside.
 */
const MONTH_COST: Record<keyof typeof TABLES, number> = { sums: 1, buckets: Number.POSITIVE_INFINITY };

/** The smallest grain that holds what a query filters and groups on (see CASE_GRAINS). */
export function caseGrainFor(group: CaseReportGroup, filter: CaseFilter, scope: AreaScope): CaseDayGrain {
  const used = [!!filter.areaPath || scope !== null || group === 'area', !!filter.serviceType || group === 'type', !!filter.channel || group === 'channel'];
  const n = used.filter(Boolean).length;
  if (n > 1) return 'dayTypeChannelArea';
  if (used[0]) return 'dayArea';
  if (used[1]) return 'dayType';
  if (used[2]) return 'dayChannel';
  return 'day';
}


/**
 * Where a period's rows lie (its month rows and day rows) and the sign each row adds with: -1 for a
 * day taken back from a month read whole (see periodReads).
 */
function periodOf(grain: string, monthGrain: string, reads: PeriodReads): { where: Brackets; sign: string; parameters: Record<string, string> } {
  const parameters: Record<string, string> = { grain, monthGrain };
  const ranges = (list: DayRange[], prefix: string) =>
    list.map((range, i) => {
      Object.assign(parameters, { [`${prefix}${i}from`]: range.from, [`${prefix}${i}to`]: range.to });
      return `(s.day >= :${prefix}${i}from AND s.day <= :${prefix}${i}to)`;
    });
  const less = ranges(reads.lessDays, 'less');
  const days = [...ranges(reads.days, 'add'), ...less];
  const where = new Brackets((w) => {
    if (reads.months.length > 0) w.orWhere('(s.grain = :monthGrain AND s.day IN (:...months))', { months: reads.months });
    if (days.length > 0) w.orWhere(`(s.grain = :grain AND (${days.join(' OR ')}))`);
  });
  return { where, sign: less.length === 0 ? '1' : `(CASE WHEN s.grain = :grain AND (${less.join(' OR ')}) THEN -1 ELSE 1 END)`, parameters };
}

/** Where a query reads: a table, its day grain and that grain's month twin (none: case_agent_stats by day), and whether its rows keep the type and the channel. */
type Source = { table: string; grain: string; monthGrain: string; type: boolean; channel: boolean } | { table: string; grain: null; type: true; channel: true };

function sourceOf(kind: keyof typeof TABLES, group: CaseReportGroup, filter: CaseFilter, scope: AreaScope): Source {
  if (!byAgent(group, filter)) {
    const grain = caseGrainFor(group, filter, scope);
    return { table: TABLES[kind].grains, grain, monthGrain: MONTH_GRAIN_OF[grain], type: CASE_GRAINS[grain].type, channel: CASE_GRAINS[grain].channel };
  }
  // An agent's figures by area, or limited to an area, keep every dimension by day.
  if (filter.areaPath || scope !== null || group === 'area') return { table: TABLES[kind].agents, grain: null, type: true, channel: true };
  const typeChannel = !!filter.serviceType || !!filter.channel || group === 'type' || group === 'channel';
  const grain = typeChannel ? 'dayAgentTypeChannel' : 'dayAgent';
  return { table: TABLES[kind].agentGrains, grain, monthGrain: AGENT_MONTH_GRAIN_OF[grain], type: typeChannel, channel: typeChannel };
}

/** The sums of several groups added up. */
function sumOf(groups: Iterable<CaseSums>): CaseSums {
  const total = { ...NO_CASE_SUMS };
  for (const sums of groups) for (const k of CASE_SUM_KEYS) total[k] += sums[k];
  return total;
}

/** The duration buckets of several groups added up. */
function bucketsOf(groups: Iterable<Map<number, number>>): Map<number, number> {
  const total = new Map<number, number>();
  for (const buckets of groups) for (const [bucket, cases] of buckets) total.set(bucket, (total.get(bucket) ?? 0) + cases);
  return total;
}

/** The KPIs of summed rows and their duration buckets (bucket → cases). */
export function caseKpisOf(s: CaseSums, buckets: Map<number, number>): CaseKpis {
  return {
    opened: s.opened,
    closed: s.closed,
    canceled: s.canceled,
    onTimeRate: ratio(s.closedOnTime, s.closedWithDue),
    fcrRate: ratio(s.fcrYes, s.fcrAsked),
    redoRate: ratio(s.redone, s.closed),
    replyRate: ratio(s.replyInTime, s.replyAsked),
    mailboxRate: ratio(s.mailboxInTime, s.mailboxAsked),
    avgDurationHours: s.closed === 0 ? null : round(s.durationSec / s.closed / 3600, 2),
    p90DurationHours: p90Hours(buckets),
    urged: s.urged,
    supervised: s.supervised,
    satisfaction: satisfactionLevels(s),
  };
}

/** The upper bound of the bucket the 90th percentile falls in (nearest rank), hours. */
export function p90Hours(buckets: Map<number, number>): number | null {
  const total = [...buckets.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil(0.9 * total);
  let seen = 0;
  for (const [bucket, cases] of [...buckets.entries()].sort(([a], [b]) => a - b)) {
    seen += cases;
    if (seen >= rank) return round(BUCKET_GROWTH ** bucket / 60, 2);
  }
  return null;
}

/** Reads the case figures (never the cases table, but for the live backlog): KPIs over a period, grouped. */
export class CaseStats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    /** The bureau's: which days are still to come (they hold no rows yet). */
    private readonly timeZone: string,
  ) {}

  async report(query: CaseReportQuery, user: PublicUser, now = new Date()): Promise<CaseReportAnswer> {
    const scope = await this.areas.scopeOf(user);
    const filter: CaseFilter = { from: query.from, to: query.to, serviceType: query.serviceType, channel: query.channel, agent: query.agent, areaPath: query.areaCode ? (await this.areas.get(query.areaCode)).path : undefined };
    const today = localDay(now, this.timeZone).date;
    const [groups, groupBuckets, backlog] = await Promise.all([this.sums(query.groupBy, filter, scope, today), this.buckets(query.groupBy, filter, scope, today), this.backlog(filter, scope)]);
    const labels = await this.labels(query.groupBy, [...groups.keys()]);
    const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, sums]) => ({ key, label: labels.get(key) ?? key, ...caseKpisOf(sums, groupBuckets.get(key) ?? new Map()) }));
    const typeLabels = await this.labels('type', backlog.rows.map((r) => r.key));
    // Every counted case is in exactly one group, so the total is the groups' sum: no second read.
    return {
      total: caseKpisOf(sumOf(groups.values()), bucketsOf(groupBuckets.values())),
      rows,
      backlog: { total: backlog.total, rows: backlog.rows.map((r: BacklogCounts & { key: string }) => ({ ...r, label: typeLabels.get(r.key) ?? r.key })) },
    };
  }

  /** The open backlog; an agent's is the open cases they opened (one they never were: none). */
  private async backlog(filter: CaseFilter, scope: AreaScope) {
    if (filter.agent === undefined) return openBacklog(this.dataSource, filter, scope);
    const agent = await this.dataSource.getRepository(UserEntity).findOne({ where: { username: filter.agent }, select: { id: true } });
    return agent ? openBacklog(this.dataSource, { ...filter, openedBy: agent.id }, scope) : { total: NO_BACKLOG, rows: [] };
  }

  /** A grouped read of the period's rows; `sign` is what each row's sums are multiplied by (see periodOf). */
  private query(kind: keyof typeof TABLES, group: CaseReportGroup, filter: CaseFilter, scope: AreaScope, today: string) {
    const source = sourceOf(kind, group, filter, scope);
    const qb = this.dataSource.createQueryBuilder().from(source.table, 's').select(GROUP_KEYS[group], 'k');
    let sign = '1';
    // Grouped by day, every day is its own row; else months are read from their month rows.
    if (!source.grain) qb.where('s.day >= :from AND s.day <= :to', { from: filter.from, to: filter.to });
    else if (group === 'day') qb.where('s.grain = :grain AND s.day >= :from AND s.day <= :to', { grain: source.grain, from: filter.from, to: filter.to });
    else {
      const period = periodOf(source.grain, source.monthGrain, periodReads(filter.from, filter.to, today, MONTH_COST[kind]));
      qb.where(period.where).setParameters(period.parameters);
      sign = period.sign;
    }
    qb.groupBy(GROUP_KEYS[group]);
    if (filter.agent !== undefined) qb.andWhere('s.agent = :agent', { agent: filter.agent });
    if (filter.serviceType && source.type) qb.andWhere('s.service_type = :type', { type: filter.serviceType });
    if (filter.channel && source.channel) qb.andWhere('s.channel = :channel', { channel: filter.channel });
    if (filter.areaPath) qb.andWhere(`s.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(filter.areaPath) });
    return { qb: withinScope(qb, scope, 's.area_path'), sign };
  }

  /** The sums by group; a group whose rows were all taken back (its cases lie outside the period) is none. */
  private async sums(group: CaseReportGroup, filter: CaseFilter, scope: AreaScope, today: string): Promise<Map<string, CaseSums>> {
    const { qb, sign } = this.query('sums', group, filter, scope, today);
    const sums = await readSums(qb.addSelect(sumSelect(CASE_SUMS, sign)), CASE_SUM_KEYS);
    for (const [key, of] of sums) if (CASE_SUM_KEYS.every((k) => of[k] === 0)) sums.delete(key);
    return sums;
  }

  private async buckets(group: CaseReportGroup, filter: CaseFilter, scope: AreaScope, today: string): Promise<Map<string, Map<number, number>>> {
    const { qb, sign } = this.query('buckets', group, filter, scope, today);
    qb.addSelect('s.bucket', 'bucket').addSelect(sumSelect({ cases: 'cases' }, sign)).addGroupBy('s.bucket');
    const out = new Map<string, Map<number, number>>();
    for (const r of await qb.getRawMany<{ k: string; bucket: number; cases: string | number }>()) {
      if (Number(r.cases) === 0) continue;
      const of = out.get(String(r.k)) ?? new Map<number, number>();
      of.set(Number(r.bucket), Number(r.cases));
      out.set(String(r.k), of);
    }
    return out;
  }

  private async labels(group: CaseReportGroup, keys: string[]): Promise<Map<string, string>> {
    const labels = await groupLabels(this.dataSource, group, keys);
    // A case without an agent is one the engine opened: an alarm, an SMS, a web request, a 转办件.
    return group === 'agent' ? labels.set('', '（系统受理）') : labels;
  }
}
