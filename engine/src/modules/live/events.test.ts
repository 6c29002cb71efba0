import { LiveEvent } from '@careflow/contracts';
import { LiveEvents } from './events';

const agent = { userId: 'u1', username: 'agent_a', displayName: 'A', state: 'idle', since: '2026-12-03T08:00:00.000Z' } as const;

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
