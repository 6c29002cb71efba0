import type { AudienceRules } from '../../live/events';
import { AreaScope, inScope } from '../areas/scope';
import type { PublicUser } from '../identity/entities';
import { isOperator } from './operators';

const isLead = (user: PublicUser) => user.roles.some((r) => r === 'admin' || r === 'supervisor');

/** A pop goes to the agent it is offered to and to supervisors/admins in scope; offered to nobody, to every operator in scope. */
function mayHearPop(user: PublicUser, scope: AreaScope, pop: { offeredTo: string | null; areaPath: string | null }): boolean {
  if (pop.offeredTo === user.id) return true;
  if (pop.areaPath !== null && !inScope(scope, pop.areaPath)) return false;
  return isLead(user) || (pop.offeredTo === null && user.roles.includes('agent'));
}

/** Who hears calls, pops and agent states: the same rules as reading them through the API. */
export const telephonyAudience: AudienceRules = {
  // Calls carry whole numbers: only the roles that place and take calls hear them.
  'call.updated': (user, scope, event) => isOperator(user.roles) && (event.areaPath === null || inScope(scope, event.areaPath)),
  'screen.pop': (user, scope, event) => mayHearPop(user, scope, event.pop),
  'screen.pop.taken': (user, scope, event) => mayHearPop(user, scope, event),
  'agent.updated': (user, _scope, event) => event.agent.userId === user.id || isLead(user),
};
