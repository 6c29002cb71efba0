import type { WallboardAnswer } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { AreaScope, withinScope } from '../areas/scope';
import { openCasesDueBefore } from '../cases/due-time';
import { ServiceTypeEntity } from '../service-types/entities';

type Counted = { typeKey: string; overdue: string | number | null; nearDue: string | number | null };

/**
 * Open cases due within `nearDueMinutes` (near due) or already past due (overdue), by service type:
 * one grouped range read on (status, due_at), as case scope is applied everywhere (by the case's area).
 */
export async function casesDue(dataSource: DataSource, scope: AreaScope, now: Date, nearDueMinutes: number): Promise<WallboardAnswer['cases']> {
  const until = new Date(now.getTime() + nearDueMinutes * 60_000);
  const qb = openCasesDueBefore(dataSource, until)
    .select('c.serviceTypeKey', 'typeKey')
    .addSelect('SUM(CASE WHEN c.dueAt < :now THEN 1 ELSE 0 END)', 'overdue')
    .addSelect('SUM(CASE WHEN c.dueAt >= :now THEN 1 ELSE 0 END)', 'nearDue')
    .setParameter('now', now)
    .groupBy('c.serviceTypeKey');
  const rows = await withinScope(qb, scope, 'c.areaPath').getRawMany<Counted>();
  const types = rows.length ? await dataSource.getRepository(ServiceTypeEntity).find({ select: { key: true, nameZh: true, nameEn: true }, where: { key: In(rows.map((r) => r.typeKey)) } }) : [];
  const names = new Map(types.map((t) => [t.key, t]));
  const byType = rows
    .map((r) => ({ serviceTypeKey: r.typeKey, nameZh: names.get(r.typeKey)?.nameZh ?? r.typeKey, nameEn: names.get(r.typeKey)?.nameEn ?? r.typeKey, nearDue: Number(r.nearDue ?? 0), overdue: Number(r.overdue ?? 0) }))
    // The worst first: a wall is read top-down.
    .sort((a, b) => b.overdue - a.overdue || b.nearDue - a.nearDue || a.serviceTypeKey.localeCompare(b.serviceTypeKey));
  return {
    nearDueMinutes,
    nearDue: byType.reduce((n, t) => n + t.nearDue, 0),
    overdue: byType.reduce((n, t) => n + t.overdue, 0),
    byType,
  };
}
