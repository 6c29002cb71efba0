import { type ProviderComment, type ProviderKpis, type ProviderReportAnswer, type ProviderReportGroup, type ProviderReportQuery } from '@careflow/contracts';
import { DataSource, SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { rawTime } from '../../db/raw-time';
import { daySpan } from '../../local-time';
import { withinScope, type AreaScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { DispatchEntity } from '../dispatches/entities';
import type { PublicUser } from '../identity/entities';
import { ProviderFeedbackEntity } from '../provider-feedback/entities';
import { ProviderEntity } from '../providers/entities';
import { groupLabels } from './group-labels';
import { ratio, readSums, round, satisfactionLevels, sumSelect } from './rollup-read';
import { PROVIDER_SUMS, type ProviderSums } from './provider-entities';
import { NO_PROVIDER_SUMS, PROVIDER_SUM_KEYS } from './provider-tally';

type Group = ProviderReportGroup | 'all';
const GROUP_KEYS: Record<Group, string> = { provider: 's.provider_id', item: 's.service_item', area: 's.area_path', day: 's.day', all: "''" };
const SUMS = sumSelect(PROVIDER_SUMS);
const COMMENTS = 50;

const minutes = (sec: number, n: number) => (n === 0 ? null : round(sec / n / 60, 1));

/** The KPIs of summed provider rows. */
export function providerKpisOf(s: ProviderSums): ProviderKpis {
  const levels = satisfactionLevels(s);
  const rated = Object.values(levels).reduce((a, b) => a + b, 0);
  return {
    orders: s.orders,
    accepted: s.accepted,
    rejected: s.rejected,
    expired: s.expired,
    canceled: s.canceled,
    done: s.done,
    rejectionRate: ratio(s.rejected, s.orders),
    avgAcceptMinutes: minutes(s.acceptSec, s.accepted),
    avgWorkMinutes: minutes(s.workSec, s.done),
    onTimeRate: ratio(s.doneOnTime, s.doneWithDue),
    evaluations: s.evaluations,
    satisfaction: levels,
    satisfiedRate: ratio(levels.very_satisfied + levels.satisfied, rated),
    complaints: s.complaints,
    amount: s.amount,
    subsidy: s.subsidy,
    elderShare: s.elderShare,
  };
}

interface Filter {
  areaPath?: string;
  providerId?: string;
  serviceItem?: string;
  scope: AreaScope;
}

/** The filters on a query over rows that carry an order's provider, item and area. */
function filtered<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, f: Filter): SelectQueryBuilder<T> {
  if (f.providerId) qb.andWhere(`${alias}.provider_id = :providerId`, { providerId: f.providerId });
  if (f.serviceItem) qb.andWhere(`${alias}.service_item = :serviceItem`, { serviceItem: f.serviceItem });
  if (f.areaPath) qb.andWhere(`${alias}.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(f.areaPath) });
  return withinScope(qb, f.scope, `${alias}.area_path`);
}

/** Reads the provider figures (never the orders, but for the comments' few rows): orders, times, satisfaction and complaints over a period, grouped. */
export class ProviderStats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly timeZone: string,
  ) {}

  async report(query: ProviderReportQuery, user: PublicUser): Promise<ProviderReportAnswer> {
    const filter: Filter = { providerId: query.providerId, serviceItem: query.serviceItem, scope: await this.areas.scopeOf(user), areaPath: query.areaCode ? (await this.areas.get(query.areaCode)).path : undefined };
    const read = async (group: Group) => {
      const qb = this.dataSource.createQueryBuilder().from('provider_stats', 's').select(GROUP_KEYS[group], 'k').addSelect(SUMS).where('s.day >= :from AND s.day <= :to', { from: query.from, to: query.to });
      if (group !== 'all') qb.groupBy(GROUP_KEYS[group]);
      return readSums(filtered(qb, 's', filter), PROVIDER_SUM_KEYS);
    };
    const [all, groups, comments] = await Promise.all([read('all'), read(query.groupBy), this.comments(query, filter)]);
    const labels = await groupLabels(this.dataSource, query.groupBy, [...groups.keys()]);
    const rows = [...groups.entries()].map(([key, sums]) => ({ key, label: labels.get(key) ?? key, ...providerKpisOf(sums) }));
    rows.sort((a, b) => (query.groupBy === 'day' ? a.key.localeCompare(b.key) : b.orders - a.orders || a.label.localeCompare(b.label)));
    return { total: providerKpisOf(all.get('') ?? NO_PROVIDER_SUMS), rows, comments };
  }

  /** The latest evaluations with a note recorded in the period on orders the filters take. */
  private async comments(query: ProviderReportQuery, filter: Filter): Promise<ProviderComment[]> {
    const { since, until } = daySpan(query.from, query.to, this.timeZone);
    const qb = this.dataSource
      .getRepository(ProviderFeedbackEntity)
      .createQueryBuilder('f')
      .innerJoin(DispatchEntity.options.name, 'd', 'd.id = f.dispatchId')
      .innerJoin(ProviderEntity.options.name, 'p', 'p.id = f.providerId')
      .select(['f.id AS id', 'f.recordedAt AS at', 'f.providerId AS providerId', 'p.name AS providerName', 'f.source AS source', 'f.satisfaction AS satisfaction', 'f.complaint AS complaint', 'f.note AS note', 'f.recordedByName AS recordedByName'])
      .where('f.recordedAt >= :since AND f.recordedAt < :until', { since, until })
      .andWhere("f.note IS NOT NULL AND f.note <> ''")
      .orderBy('f.recordedAt', 'DESC')
      .limit(COMMENTS);
    const raw = await filtered(qb, 'd', filter).getRawMany<Record<string, unknown>>();
    return raw.map((r) => ({
      id: String(r.id),
      at: rawTime(r.at)!,
      providerId: String(r.providerId),
      providerName: String(r.providerName),
      source: r.source as ProviderComment['source'],
      satisfaction: (r.satisfaction ?? null) as ProviderComment['satisfaction'],
      complaint: r.complaint === true || Number(r.complaint) === 1,
      note: String(r.note),
      recordedByName: String(r.recordedByName),
    }));
  }
}
