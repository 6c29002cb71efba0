import { DUE_SOON_HOURS, type CaseListQuery } from '@careflow/contracts';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { pageWindow } from '../../db/where';
import { AreaScope } from '../areas/scope';
import { ElderEntity, PhoneLinkEntity } from '../elders/entities';
import { Case, CaseEntity } from './entities';

export type CaseFilter = Omit<CaseListQuery, 'sort' | 'order'> & Partial<Pick<CaseListQuery, 'sort' | 'order'>>;

/** A LIKE pattern that finds the text anywhere, its own % and _ taken literally (escaped with !, the same on SQLite and MySQL). */
export const containing = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** Priority as a rank (emergency 0 … low 3), so ascending puts emergencies first. */
const PRIORITY_RANK = "CASE c.priority WHEN 'emergency' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 WHEN 'low' THEN 3 ELSE 4 END";
const SORT_COLUMNS = { caseNumber: 'c.caseNumber', openedAt: 'c.openedAt', dueAt: 'c.dueAt' } as const;

/**
 * The case list's query: filters, the caller's area scope (a case without an elder belongs to no
 * area: everyone in scope sees it), a server-side sort with the number as tie-break, one page.
 */
export function caseListQuery(dataSource: DataSource, filter: CaseFilter, scope: AreaScope, now = new Date()): SelectQueryBuilder<Case> {
  const q = dataSource.getRepository(CaseEntity).createQueryBuilder('c');
  if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
  if (filter.serviceType) q.andWhere('c.serviceTypeKey = :serviceType', { serviceType: filter.serviceType });
  if (filter.channel) q.andWhere('c.channel = :channel', { channel: filter.channel });
  if (filter.priority) q.andWhere('c.priority = :priority', { priority: filter.priority });
  if (filter.caseNumber) q.andWhere("c.caseNumber LIKE :number ESCAPE '!'", { number: containing(filter.caseNumber) });
  if (filter.elderId) q.andWhere('c.elderId = :elderId', { elderId: filter.elderId });
  if (filter.area) q.andWhere('c.areaPath LIKE :area', { area: `%/${filter.area}/%` });
  if (filter.openedFrom) q.andWhere('c.openedAt >= :openedFrom', { openedFrom: filter.openedFrom });
  if (filter.openedTo) q.andWhere('c.openedAt <= :openedTo', { openedTo: filter.openedTo });
  if (filter.due) {
    q.andWhere("c.status = 'open' AND c.dueAt IS NOT NULL");
    if (filter.due === 'overdue') q.andWhere('c.dueAt < :now', { now });
    else q.andWhere('c.dueAt >= :now AND c.dueAt < :soon', { now, soon: new Date(now.getTime() + DUE_SOON_HOURS * 3600_000) });
  }
  if (filter.elder) {
    const text = containing(filter.elder);
    const byName = q.subQuery().select('e.id').from(ElderEntity, 'e').where("e.name LIKE :elderText ESCAPE '!'").getQuery();
    // Digits also match any number that leads to the elder: theirs, a relative's, a terminal's.
    const digits = filter.elder.replace(/[\s-]/g, '');
    const byPhone = /^\d{3,20}$/.test(digits) ? q.subQuery().select('p.elderId').from(PhoneLinkEntity, 'p').where('p.phone LIKE :elderPhone').getQuery() : null;
    q.andWhere(new Brackets((w) => (w.where(`c.elderId IN ${byName}`), byPhone ? w.orWhere(`c.elderId IN ${byPhone}`) : w)), { elderText: text, elderPhone: `%${digits}%` });
  }
  if (scope !== null) {
    q.andWhere(
      new Brackets((w) => {
        w.where('c.areaPath IS NULL');
        scope.forEach((prefix, i) => w.orWhere(`c.areaPath LIKE :scope${i}`, { [`scope${i}`]: `${prefix}%` }));
      }),
    );
  }
  const order = (filter.order ?? 'desc').toUpperCase() as 'ASC' | 'DESC';
  const sort = filter.sort ?? 'openedAt';
  if (sort === 'priority') q.orderBy(PRIORITY_RANK, order);
  // Cases without a due time come last either way.
  else if (sort === 'dueAt') q.orderBy('CASE WHEN c.dueAt IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy(SORT_COLUMNS.dueAt, order);
  else q.orderBy(SORT_COLUMNS[sort], order);
  if (sort !== 'caseNumber') q.addOrderBy('c.caseNumber', 'DESC');
  const { skip, take } = pageWindow(filter);
  return q.skip(skip).take(take);
}
