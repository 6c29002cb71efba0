import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AreaScope, withinScope } from '../areas/scope';
import { ElderEntity } from '../elders/entities';
import { ChargeLine, ChargeLineEntity } from './entities';

/**
 * Charge lines (`l`) joined to their elders (`e`), as far as an area scope reaches (null: every
 * line): a line belongs to the elder's area. Callers add their conditions with andWhere; given a
 * transaction's manager, the query runs in that transaction.
 */
export function linesInScope(dataSource: DataSource | EntityManager, scope: AreaScope): SelectQueryBuilder<ChargeLine> {
  return withinScope(dataSource.getRepository(ChargeLineEntity).createQueryBuilder('l').innerJoin(ElderEntity.options.name, 'e', 'e.id = l.elderId'), scope, 'e.areaPath');
}

/** How many lines and their money (fen), summed by the database. */
export interface LineSums {
  lines: number;
  amount: number;
  subsidy: number;
  elderShare: number;
}

/** Selects the LineSums of `l`, grouped by the given keys (alias: expression), or of all lines without keys. */
export function sumsBy<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, keys: Record<string, string> = {}): SelectQueryBuilder<T> {
  qb.select('COUNT(*)', 'lines').addSelect('SUM(l.amount)', 'amount').addSelect('SUM(l.subsidy)', 'subsidy').addSelect('SUM(l.elderShare)', 'elderShare');
  for (const [alias, expression] of Object.entries(keys)) qb.addSelect(expression, alias).addGroupBy(expression);
  return qb;
}

/** MySQL answers SUM and COUNT as strings (and SUM of nothing as null). */
export const sumsOf = (raw: Record<string, unknown>): LineSums => ({ lines: Number(raw.lines ?? 0), amount: Number(raw.amount ?? 0), subsidy: Number(raw.subsidy ?? 0), elderShare: Number(raw.elderShare ?? 0) });
