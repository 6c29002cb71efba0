/// <reference types="jest" />
import type { AgentState } from '../../api/telephony-inbound';
import type { Wallboard } from '../../api/wallboard';
import { ageMs, clock, percent, withAgent } from './board';

const agent = (username: string, state: AgentState['state']): AgentState => ({ userId: `u-${username}`, username, displayName: username, state, since: '2027-03-02T01:00:00.000Z', wrapUpUntil: null });
const board = { agents: [agent('a', 'idle'), agent('c', 'busy')], agentCounts: { idle: 1, busy: 1, after_call: 0, break: 0, signed_out: 0 } } as unknown as Wallboard;

describe('the wallboard’s client-side figures', () => {
  it('given an agent.updated for a known agent, then the tile is replaced and the counts recounted', () => {
    const next = withAgent(board, { ...agent('a', 'break'), since: '2027-03-02T01:05:00.000Z' });
    expect(next.agents.map((a) => [a.username, a.state, a.since])).toEqual([
      ['a', 'break', '2027-03-02T01:05:00.000Z'],
      ['c', 'busy', '2027-03-02T01:00:00.000Z'],
    ]);
    expect(next.agentCounts).toEqual({ idle: 0, busy: 1, after_call: 0, break: 1, signed_out: 0 });
  });

  it('given an agent the board did not list, then they are added in username order', () => {
    expect(withAgent(board, agent('b', 'idle')).agents.map((a) => a.username)).toEqual(['a', 'b', 'c']);
  });

  it('given times and rates, then the wall reads m:ss, h:mm:ss and percentages, never a negative age', () => {
    const now = Date.parse('2027-03-02T01:01:05.000Z');
    expect(clock(ageMs('2027-03-02T01:00:00.000Z', now))).toBe('1:05');
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(ageMs('2027-03-02T02:00:00.000Z', now)).toBe(0);
    expect(clock(ageMs(null, now))).toBe('—');
    expect([percent(0.9567), percent(null)]).toEqual(['95.7%', '—']);
  });
});
