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
