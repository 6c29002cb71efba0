import { BACKLOG_BANDS, type BacklogBand, type BacklogCounts } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { withinScope, type AreaScope } from '../areas/scope';
import { UNFINISHED } from '../cases/operaton/deps';
import type { CaseFilter } from './case-entities';

/** The upper age of each band but the last, days. */
const BAND_DAYS: Record<Exclude<BacklogBand, 'over15d'>, number> = { under1d: 1, d1to3: 3, d3to7: 7, d7to15: 15 };
const DAY_MS = 86_400_000;

export const NO_BACKLOG: BacklogCounts = { under1d: 0, d1to3: 0, d3to7: 0, d7to15: 0, over15d: 0, overdue: 0, total: 0 };

/**
 * The cases open now by age band and overdue, by service type: one grouped query over the open cases
 * only, read from ix_cases_backlog alone (it holds every column used), so its cost follows the
 * backlog, not the history, and never touches a case row.
 */
export async function openBacklog(dataSource: DataSource, filter: Pick<CaseFilter, 'areaPath' | 'serviceType' | 'channel'> & { openedBy?: string }, scope: AreaScope, now = new Date()): Promise<{ total: BacklogCounts; rows: (BacklogCounts & { key: string })[] }> {
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const qb = dataSource.createQueryBuilder().from('cases', 'c').select('c.service_type_key', 'k').where('c.status IN (:...open)', { open: [...UNFINISHED] }).groupBy('c.service_type_key');
  // Each band counts the cases opened after its lower cutoff and at or before its upper one.
  let newer: string | null = null;
  for (const [band, days] of Object.entries(BAND_DAYS)) {
    qb.addSelect(`SUM(CASE WHEN c.opened_at > :b_${band}${newer ? ` AND c.opened_at <= :b_${newer}` : ''} THEN 1 ELSE 0 END)`, band).setParameter(`b_${band}`, since(days));
    newer = band;
  }
  qb.addSelect(`SUM(CASE WHEN c.opened_at <= :b_d7to15 THEN 1 ELSE 0 END)`, 'over15d')
    .addSelect('SUM(CASE WHEN c.due_at < :now THEN 1 ELSE 0 END)', 'overdue')
    .addSelect('COUNT(*)', 'total')
    .setParameter('now', now);
  if (filter.serviceType) qb.andWhere('c.service_type_key = :type', { type: filter.serviceType });
  if (filter.channel) qb.andWhere('c.channel = :channel', { channel: filter.channel });
  // An agent's: off the index, over the open cases alone.
  if (filter.openedBy) qb.andWhere('c.opened_by = :openedBy', { openedBy: filter.openedBy });
  if (filter.areaPath) qb.andWhere(`c.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(filter.areaPath) });
  withinScope(qb, scope, 'c.area_path');
  const total = { ...NO_BACKLOG };
  const rows = (await qb.getRawMany<Record<string, string | number>>()).map((r) => {
    const counts = Object.fromEntries([...BACKLOG_BANDS, 'overdue', 'total'].map((k) => [k, Number(r[k] ?? 0)])) as BacklogCounts;
    for (const k of Object.keys(total) as (keyof BacklogCounts)[]) total[k] += counts[k];
    return { key: String(r.k), ...counts };
  });
  return { total, rows: rows.sort((a, b) => a.key.localeCompare(b.key)) };
}
