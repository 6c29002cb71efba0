import { LiveEvent } from '@careflow/contracts';
import { LiveEvents } from './events';
import type { PublicUser } from '../modules/identity/entities';

const agent = { userId: 'u1', username: 'agent_a', displayName: 'A', state: 'idle', since: '2026-12-03T08:00:00.000Z', wrapUpUntil: null } as const;

describe('the live bus and its contract', () => {
  it('given the check on, when an event keeps to the contract, then listeners hear it', () => {
    const bus = new LiveEvents(true);
    const heard: LiveEvent[] = [];
    bus.subscribe((event) => heard.push(event));
    bus.emit({ type: 'agent.updated', agent });
    expect(heard).toEqual([{ type: 'agent.updated', agent }]);
  });

  it('given the check on, when an event breaks the contract, then emitting it fails and nobody hears it', () => {
    const bus = new LiveEvents(true);
    const heard: LiveEvent[] = [];
    bus.subscribe((event) => heard.push(event));
    const broken = { type: 'agent.updated', agent: { ...agent, state: 'napping' } } as unknown as LiveEvent;
    expect(() => bus.emit(broken)).toThrow(/agent.updated breaks its contract: agent.state/);
    expect(heard).toEqual([]);
  });

  it('given the check off (production), when an event breaks the contract, then it is passed on as it is', () => {
    const bus = new LiveEvents();
    const heard: LiveEvent[] = [];
    bus.subscribe((event) => heard.push(event));
    const broken = { type: 'agent.updated', agent: { ...agent, state: 'napping' } } as unknown as LiveEvent;
    bus.emit(broken);
    expect(heard).toEqual([broken]);
  });
});

describe('who may hear live events', () => {
  const user = { id: 'u1', username: 'agent_a', displayName: 'A', roles: ['agent'] } as unknown as PublicUser;
  const event: LiveEvent = { type: 'agent.updated', agent };

  it('given a rule registered for a type, then only that rule decides, and unregistered types reach nobody', () => {
    const bus = new LiveEvents();
    bus.hearers('telephony', { 'agent.updated': (u, _scope, e) => e.agent.userId === u.id });
    expect(bus.mayReceive(user, null, event)).toBe(true);
    expect(bus.mayReceive({ ...user, id: 'u2' }, null, event)).toBe(false);
    expect(bus.mayReceive(user, null, { type: 'notification.created', userId: 'u1' } as unknown as LiveEvent)).toBe(false);
    expect(bus.unheard()).not.toContain('agent.updated');
    expect(bus.unheard()).toContain('notification.created');
  });

  it('given a type already registered, when another module registers it, then that is refused', () => {
    const bus = new LiveEvents();
    bus.hearers('telephony', { 'agent.updated': () => true });
    expect(() => bus.hearers('cases', { 'agent.updated': () => false })).toThrow('Live event agent.updated: cases registers who may hear it, but another module already did');
    expect(bus.mayReceive(user, null, event)).toBe(true);
  });
});
