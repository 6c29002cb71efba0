import { EventEmitter } from 'node:events';
import { contractProblems } from '../../http/errors';
import { AreaScope, inScope } from '../areas/scope';
import { PublicUser } from '../identity/entities';
import { canSeeTask } from '../tasks/inbox';
import { liveEvent, type LiveEvent } from '@careflow/contracts';

/** What is pushed to browsers (see contracts): the changed entity, whole. */
export type { LiveEvent } from '@careflow/contracts';

const CASE_READERS = new Set(['admin', 'supervisor', 'agent', 'auditor']);
const CALL_OPERATORS = new Set(['admin', 'supervisor', 'agent']);

/** Who may receive an event: the same rules as reading it through the API. */
export function mayReceive(user: PublicUser, scope: AreaScope, event: LiveEvent): boolean {
  // Calls carry whole numbers: only the roles that place and take calls hear them.
  if (event.type === 'call.updated') return user.roles.some((r) => CALL_OPERATORS.has(r)) && (event.areaPath === null || inScope(scope, event.areaPath));
  if (event.type === 'notification.created') return event.userId === user.id;
  if (event.type === 'screen.pop' || event.type === 'screen.pop.taken') return mayHearPop(user, scope, event.type === 'screen.pop' ? event.pop : event);
  if (event.type === 'agent.updated') return event.agent.userId === user.id || user.roles.some((r) => r === 'admin' || r === 'supervisor');
  if (event.type === 'case.updated') return user.roles.some((r) => CASE_READERS.has(r)) && (event.areaPath === null || inScope(scope, event.areaPath));
  return canSeeTask(event.task, user, scope);
}

/** A pop goes to the agent it is offered to and to supervisors/admins in scope; offered to nobody, to every operator in scope. */
function mayHearPop(user: PublicUser, scope: AreaScope, pop: { offeredTo: string | null; areaPath: string | null }): boolean {
  if (pop.offeredTo === user.id) return true;
  if (pop.areaPath !== null && !inScope(scope, pop.areaPath)) return false;
  const lead = user.roles.some((r) => r === 'admin' || r === 'supervisor');
  return lead || (pop.offeredTo === null && user.roles.includes('agent'));
}

/** The engine's in-process bus of changes; the WebSocket server fans it out. */
export class LiveEvents {
  private readonly emitter = new EventEmitter<{ event: [LiveEvent] }>();

  /** `check` holds every event to its contract as browsers read it (API_RESPONSE_CHECK; the tests). */
  constructor(private readonly check = false) {
    this.emitter.setMaxListeners(0); // one listener per connected browser
  }

  emit(event: LiveEvent): void {
    if (this.check) {
      // Browsers drop an event outside the contract: in the tests, that is the emitter's bug.
      const problems = contractProblems(liveEvent, event);
      if (problems.length > 0) throw new Error(`Live event ${event.type} breaks its contract: ${problems.join('; ')}`);
    }
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
