import type { EmergencyKpis, EmergencyReportAnswer, EmergencyReportGroup, EmergencyReportQuery } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { withinScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import type { PublicUser } from '../identity/entities';
import { ALARM_SUMS, type AlarmSums } from './alarm-entities';
import { ALARM_SUM_KEYS, NO_ALARM_SUMS } from './alarm-tally';
import { groupLabels } from './group-labels';
import { ratio, readSums, sumSelect } from './rollup-read';

type Group = EmergencyReportGroup | 'all';
const GROUP_KEYS: Record<Group, string> = { button: 's.button', type: 's.service_type', area: 's.area_path', day: 's.day', all: "''" };
const SUMS = sumSelect(ALARM_SUMS);

const stage = (count: number, seconds: number) => ({ count, avgSec: count === 0 ? null : Math.round(seconds / count) });

/** The KPIs of summed alarm rows. */
export function emergencyKpisOf(s: AlarmSums): EmergencyKpis {
  return {
    alarms: s.alarms,
    falseAlarms: s.falseAlarms,
    canceled: s.canceled,
    falseAlarmRate: ratio(s.falseAlarms, s.alarms),
    callback: stage(s.calledBack, s.callbackSec),
    dispatch: stage(s.dispatched, s.dispatchSec),
    accepted: stage(s.accepted, s.acceptSec),
    onSite: stage(s.onSite, s.onSiteSec),
  };
}

/** Reads the emergency response figures (never the cases table): alarms, false alarms and response times over a period, grouped. */
export class EmergencyStats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
  ) {}

  async report(query: EmergencyReportQuery, user: PublicUser): Promise<EmergencyReportAnswer> {
    const scope = await this.areas.scopeOf(user);
    const areaPath = query.areaCode ? (await this.areas.get(query.areaCode)).path : undefined;
    const read = async (group: Group) => {
      const qb = this.dataSource.createQueryBuilder().from('alarm_stats', 's').select(GROUP_KEYS[group], 'k').addSelect(SUMS).where('s.day >= :from AND s.day <= :to', { from: query.from, to: query.to });
      if (group !== 'all') qb.groupBy(GROUP_KEYS[group]);
      if (query.serviceType) qb.andWhere('s.service_type = :type', { type: query.serviceType });
      if (areaPath) qb.andWhere(`s.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(areaPath) });
      return readSums(withinScope(qb, scope, 's.area_path'), ALARM_SUM_KEYS);
    };
    const [all, groups] = await Promise.all([read('all'), read(query.groupBy)]);
    const labels = await groupLabels(this.dataSource, query.groupBy, [...groups.keys()]);
    const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, sums]) => ({ key, label: labels.get(key) ?? key, ...emergencyKpisOf(sums) }));
    return { total: emergencyKpisOf(all.get('') ?? NO_ALARM_SUMS), rows };
  }
}
