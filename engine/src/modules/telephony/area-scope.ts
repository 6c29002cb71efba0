import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { AreaScope } from '../areas/scope';

/**
 * Telephony rows without an area (an unknown caller, a call on no case) are every operator's;
 * the others lie within the user's area scope. `withinScope`, plus the rows of no area.
 */
export function unplacedOrWithin<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: AreaScope, column: string): SelectQueryBuilder<T> {
  if (scope === null) return qb;
  return qb.andWhere(new Brackets((w) => scope.reduce((o, prefix, i) => o.orWhere(`${column} LIKE :scope${i} ${LIKE_ESCAPE}`, { [`scope${i}`]: startingWith(prefix) }), w.where(`${column} IS NULL`))));
}
