import { type RatingCommentView, type SatisfactionKpis, type SatisfactionReportAnswer, type SatisfactionReportGroup, type SatisfactionReportQuery } from '@careflow/contracts';
import { DataSource, SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { daySpan } from '../../local-time';
import { withinScope, type AreaScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import type { PublicUser } from '../identity/entities';
import { groupLabels } from './group-labels';
import { RatingCommentEntity, RATING_SUMS, type RatingSums } from './rating-entities';
import { NO_RATING_SUMS, RATING_SUM_KEYS } from './rating-tally';
import { ratio, readSums, satisfactionLevels, sumSelect } from './rollup-read';

type Group = SatisfactionReportGroup | 'all';
const GROUP_KEYS: Record<Group, string> = { agent: 's.agent', type: 's.service_type', area: 's.area_path', day: 's.day', all: "''" };
const SUMS = sumSelect(RATING_SUMS);
const COMMENTS = 50;


/** The KPIs of summed rating rows. */
export function satisfactionKpisOf(s: RatingSums): SatisfactionKpis {
  const levels = satisfactionLevels(s);
  return { rated: s.rated, satisfaction: levels, satisfiedRate: ratio(levels.very_satisfied + levels.satisfied, s.rated), dissatisfiedRate: ratio(levels.unsatisfied + levels.very_unsatisfied, s.rated) };
}

interface Filter {
  areaPath?: string;
  serviceType?: string;
  agent?: string;
  scope: AreaScope;
}

function filtered<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, f: Filter): SelectQueryBuilder<T> {
  if (f.serviceType) qb.andWhere('s.service_type = :type', { type: f.serviceType });
  if (f.agent) qb.andWhere('s.agent = :agent', { agent: f.agent });
  if (f.areaPath) qb.andWhere(`s.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(f.areaPath) });
  return withinScope(qb, f.scope, 's.area_path');
}

/** Reads the satisfaction figures (never the cases table): rated cases by level over a period, by agent, type, area or day, with the latest comments. */
export class RatingStats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly timeZone: string,
  ) {}

  async report(query: SatisfactionReportQuery, user: PublicUser): Promise<SatisfactionReportAnswer> {
    const filter: Filter = { serviceType: query.serviceType, agent: query.agent, scope: await this.areas.scopeOf(user), areaPath: query.areaCode ? (await this.areas.get(query.areaCode)).path : undefined };
    const read = (group: Group) => {
      const qb = this.dataSource.createQueryBuilder().from('rating_stats', 's').select(GROUP_KEYS[group], 'k').addSelect(SUMS).where('s.day >= :from AND s.day <= :to', { from: query.from, to: query.to });
      if (group !== 'all') qb.groupBy(GROUP_KEYS[group]);
      return readSums(filtered(qb, filter), RATING_SUM_KEYS);
    };
    const [all, groups, comments] = await Promise.all([read('all'), read(query.groupBy), this.comments(query, filter)]);
    const labels = await groupLabels(this.dataSource, query.groupBy, [...groups.keys()]);
    const rows = [...groups.entries()].map(([key, sums]) => ({ key, label: labels.get(key) ?? key, ...satisfactionKpisOf(sums) }));
    rows.sort((a, b) => (query.groupBy === 'day' ? a.key.localeCompare(b.key) : b.rated - a.rated || a.label.localeCompare(b.label)));
    return { total: satisfactionKpisOf(all.get('') ?? NO_RATING_SUMS), rows, comments };
  }

  private async comments(query: SatisfactionReportQuery, filter: Filter): Promise<RatingCommentView[]> {
    const { since, until } = daySpan(query.from, query.to, this.timeZone);
    const qb = this.dataSource.getRepository(RatingCommentEntity).createQueryBuilder('s').where('s.at >= :since AND s.at < :until', { since, until }).orderBy('s.at', 'DESC').take(COMMENTS);
    const found = await filtered(qb, filter).getMany();
    const [agents, types] = await Promise.all([groupLabels(this.dataSource, 'agent', found.map((c) => c.agent)), groupLabels(this.dataSource, 'type', found.map((c) => c.serviceType))]);
    return found.map((c) => ({ caseId: c.caseId, caseNumber: c.caseNumber, at: c.at, agent: c.agent, agentName: agents.get(c.agent) ?? c.agent, serviceTypeName: types.get(c.serviceType) ?? c.serviceType, satisfaction: c.satisfaction, note: c.note }));
  }
}
