import type { CallKpis, CallReportAnswer, CallReportQuery } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { startingWith, LIKE_ESCAPE } from '../../db/like';
import { AreaEntity } from '../areas/entities';
import { AreaService } from '../areas/service';
import { withinScope, type AreaScope } from '../areas/scope';
import { localDay } from '../calendar/working-days';
import type { PublicUser } from '../identity/entities';
import { CALL_GRAINS, CallStatEntity, type CallGrain, type CallStatKind, type CallSums } from './entities';
import { callKpisOf, noKindSums, type KindSums } from './kpis';
import { addSums } from './sums';

/** The filters every call figure takes: local days (inclusive), area path prefix, agent. */
export interface CallFilter {
  from: string;
  to: string;
  areaPath?: string;
  agent?: string;
}

const SUMS = `SUM(s.offered) AS offered, SUM(s.answered) AS answered, SUM(s.answered_15s) AS answered15s, SUM(s.abandoned) AS abandoned,
  SUM(s.missed) AS missed, SUM(s.abandon_wait_sec) AS abandonWaitSec, SUM(s.answer_wait_sec) AS answerWaitSec, SUM(s.talk_sec) AS talkSec,
  SUM(s.wrap_ups) AS wrapUps, SUM(s.wrap_sec) AS wrapSec`;
const GROUP_KEYS = { day: 'SUBSTR(s.period, 1, 10)', hour: 's.period', agent: 's.agent', area: 's.area_path', hourOfDay: 'SUBSTR(s.period, 12, 2)', all: "''" } as const;
type GroupKey = keyof typeof GROUP_KEYS;

/** The smallest grain that holds what a query filters and groups on (see CALL_GRAINS). */
export function grainFor(group: GroupKey, filter: CallFilter, scope: AreaScope): CallGrain {
  const agent = !!filter.agent || group === 'agent';
  const area = !!filter.areaPath || scope !== null || group === 'area';
  const hour = group === 'hour' || group === 'hourOfDay';
  if (agent && (area || hour)) return 'hourAreaAgent';
  if (agent) return 'dayAgent';
  if (area) return hour ? 'hourArea' : 'dayArea';
  return hour ? 'hour' : 'day';
}

type SumRow = Record<keyof CallSums, string | number> & { k: string; kind: CallStatKind };

/** Reads the call figures (never the calls table): KPIs over a period, grouped for the reports. */
export class CallStats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly timeZone: string,
  ) {}

  /** Today's KPIs so far, within a scope (the wallboard). */
  today(scope: AreaScope, now = new Date()): Promise<CallKpis> {
    const day = localDay(now, this.timeZone).date;
    return this.callKpis({ from: day, to: day }, scope);
  }

  async callKpis(filter: CallFilter, scope: AreaScope): Promise<CallKpis> {
    return callKpisOf((await this.grouped('all', filter, scope)).get('') ?? noKindSums());
  }

  /** The call report: the period's total, its rows by the chosen group, and inbound calls by hour of day. */
  async report(query: CallReportQuery, user: PublicUser): Promise<CallReportAnswer> {
    const scope = await this.areas.scopeOf(user);
    const filter: CallFilter = { from: query.from, to: query.to, agent: query.agent, areaPath: query.areaCode ? (await this.areas.get(query.areaCode)).path : undefined };
    const [all, groups, hours] = await Promise.all([this.grouped('all', filter, scope), this.grouped(query.groupBy, filter, scope), this.grouped('hourOfDay', filter, scope)]);
    const labels = query.groupBy === 'area' ? await this.areaNames([...groups.keys()]) : new Map<string, string>();
    const rows = [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, sums]) => ({ key, label: labels.get(key) ?? key, ...callKpisOf(sums) }));
    const byHourOfDay = Array.from({ length: 24 }, (_, hour) => {
      const s = hours.get(String(hour).padStart(2, '0'))?.inbound;
      return { hour, offered: s?.offered ?? 0, answered: s?.answered ?? 0, abandoned: s?.abandoned ?? 0, missed: s?.missed ?? 0 };
    });
    return { total: callKpisOf(all.get('') ?? noKindSums()), rows, byHourOfDay };
  }

  private async grouped(group: GroupKey, filter: CallFilter, scope: AreaScope): Promise<Map<string, KindSums>> {
    const key = GROUP_KEYS[group];
    const grain = grainFor(group, filter, scope);
    const byHour = CALL_GRAINS[grain].period === 'hour';
    const qb = this.dataSource
      .getRepository(CallStatEntity)
      .createQueryBuilder('s')
      .select(`${key}`, 'k')
      .addSelect('s.kind', 'kind')
      .addSelect(SUMS)
      .where('s.grain = :grain', { grain })
      .andWhere('s.period >= :from AND s.period <= :to', { from: byHour ? `${filter.from} 00` : filter.from, to: byHour ? `${filter.to} 23` : filter.to })
      .groupBy('s.kind');
    if (group !== 'all') qb.addGroupBy(key);
    if (filter.agent) qb.andWhere('s.agent = :agent', { agent: filter.agent });
    if (filter.areaPath) qb.andWhere(`s.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(filter.areaPath) });
    withinScope(qb, scope, 's.area_path');
    const out = new Map<string, KindSums>();
    for (const row of await qb.getRawMany<SumRow>()) {
      const sums = out.get(String(row.k)) ?? noKindSums();
      sums[row.kind] = addSums(sums[row.kind], numbers(row));
      out.set(String(row.k), sums);
    }
    return out;
  }

  private async areaNames(paths: string[]): Promise<Map<string, string>> {
    const found = await this.dataSource.getRepository(AreaEntity).findBy({ path: In(paths.filter(Boolean)) });
    return new Map([['', '（无区域）'], ...found.map((a) => [a.path, a.name] as [string, string])]);
  }
}

/** SUM comes back as a string on MySQL (DECIMAL) and a number on SQLite. */
function numbers(row: SumRow): CallSums {
  const n = (k: keyof CallSums) => Number(row[k] ?? 0);
  return { offered: n('offered'), answered: n('answered'), answered15s: n('answered15s'), abandoned: n('abandoned'), missed: n('missed'), abandonWaitSec: n('abandonWaitSec'), answerWaitSec: n('answerWaitSec'), talkSec: n('talkSec'), wrapUps: n('wrapUps'), wrapSec: n('wrapSec') };
}
