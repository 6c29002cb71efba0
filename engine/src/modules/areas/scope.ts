import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { PublicUser } from '../identity/entities';

/**
 * A user's area scope as path prefixes: null when the user is not limited to areas (an empty
 * areaScope means the whole registry). Admins are never limited.
 */
export type AreaScope = string[] | null;

export function inScope(scope: AreaScope, areaPath: string | null): boolean {
  if (scope === null) return true;
  return areaPath !== null && scope.some((prefix) => areaPath.startsWith(prefix));
}

export const unlimited = (user: PublicUser) => user.roles.includes('admin') || !user.areaScope || user.areaScope.length === 0;

/**
 * Limits a query to the rows whose area path (`column`, e.g. `e.areaPath`) lies within the scope:
 * no change for null, nothing for an empty scope, else a prefix match on any of its paths.
 */
export function withinScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: AreaScope, column: string): SelectQueryBuilder<T> {
  if (scope === null) return qb;
  if (scope.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(new Brackets((w) => scope.forEach((prefix, i) => w.orWhere(`${column} LIKE :scope${i} ${LIKE_ESCAPE}`, { [`scope${i}`]: startingWith(prefix) }))));
}
