import { EventEmitter } from 'node:events';
import { AreaScope, inScope } from '../areas/scope';
import { PublicUser } from '../identity/entities';
import { Task } from '../tasks/entities';
import { canSeeTask } from '../tasks/inbox';
import type { NotificationView } from '../notifications/service';
import type { CallView } from '../telephony/views';

/** What is pushed to browsers: the changed entity, whole, so pages update without asking again. */
export type LiveEvent =
  | { type: 'task.created' | 'task.updated'; task: Task }
  | { type: 'case.updated'; caseId: string; status: string; change: string; /** the case's area, for area scope */ areaPath: string | null }
  | { type: 'call.updated'; call: CallView; areaPath: string | null }
  | { type: 'notification.created'; userId: string; notification: NotificationView };

const CASE_READERS = new Set(['admin', 'supervisor', 'agent', 'auditor']);
const CALL_OPERATORS = new Set(['admin', 'supervisor', 'agent']);

/** Who may receive an event: the same rules as reading it through the API. */
export function mayReceive(user: PublicUser, scope: AreaScope, event: LiveEvent): boolean {
  // Calls carry whole numbers: only the roles that place and take calls hear them.
  if (event.type === 'call.updated') return user.roles.some((r) => CALL_OPERATORS.has(r)) && (event.areaPath === null || inScope(scope, event.areaPath));
  if (event.type === 'notification.created') return event.userId === user.id;
  if (event.type === 'case.updated') return user.roles.some((r) => CASE_READERS.has(r)) && (event.areaPath === null || inScope(scope, event.areaPath));
  return canSeeTask(event.task, user, scope);
}

/** The engine's in-process bus of changes; the WebSocket server fans it out. */
export class LiveEvents {
  private readonly emitter = new EventEmitter<{ event: [LiveEvent] }>();

  constructor() {
    this.emitter.setMaxListeners(0); // one listener per connected browser
  }

  emit(event: LiveEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
