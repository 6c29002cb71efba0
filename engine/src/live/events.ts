import { EventEmitter } from 'node:events';
import { liveEvent, type LiveEvent } from '@careflow/contracts';
import { contractProblems } from '../http/errors';
import type { AreaScope } from '../modules/areas/scope';
import type { PublicUser } from '../modules/identity/entities';

/** What is pushed to browsers (see contracts): the changed entity, whole. */
export type { LiveEvent } from '@careflow/contracts';

export type LiveEventType = LiveEvent['type'];
export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

/** Whether a user, with their area scope, may hear an event: the same rule as reading it through the API. */
export type AudienceRule<T extends LiveEventType> = (user: PublicUser, scope: AreaScope, event: LiveEventOf<T>) => boolean;
/** The rules a module registers for the events it emits. */
export type AudienceRules = { [T in LiveEventType]?: AudienceRule<T> };

/** Every event type the contract knows. */
export const LIVE_EVENT_TYPES: readonly LiveEventType[] = liveEvent.options.map((option) => option.shape.type.value);

/** The engine's in-process bus of changes; the WebSocket server fans it out to whoever may hear each event. */
export class LiveEvents {
  private readonly emitter = new EventEmitter<{ event: [LiveEvent] }>();
  private readonly audience = new Map<LiveEventType, AudienceRule<LiveEventType>>();

  /** `check` holds every event to its contract as browsers read it (API_RESPONSE_CHECK; the tests). */
  constructor(private readonly check = false) {
    this.emitter.setMaxListeners(0); // one listener per connected browser
  }

  /** Registers who may hear some event types; a type has one owner, so a second rule for it is a wiring bug. */
  hearers(owner: string, rules: AudienceRules): void {
    for (const [type, rule] of Object.entries(rules) as [LiveEventType, AudienceRule<LiveEventType>][]) {
      if (this.audience.has(type)) throw new Error(`Live event ${type}: ${owner} registers who may hear it, but another module already did`);
      this.audience.set(type, rule);
    }
  }

  /** The event types no module said who may hear (they would reach nobody). */
  unheard(): LiveEventType[] {
    return LIVE_EVENT_TYPES.filter((type) => !this.audience.has(type));
  }

  mayReceive(user: PublicUser, scope: AreaScope, event: LiveEvent): boolean {
    return this.audience.get(event.type)?.(user, scope, event) ?? false;
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
