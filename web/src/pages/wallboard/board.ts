import type { AgentState } from '../../api/telephony-inbound';
import type { Wallboard } from '../../api/wallboard';

/** A call waiting longer than this is shown red (GB/T 33358: answered within 15 s). */
export const CALL_WAIT_ALERT_MS = 15_000;
/** An alarm unconfirmed longer than this is shown red. */
export const ALARM_AGE_ALERT_MS = 120_000;

/** The snapshot with one agent's new state: replaced (or added) and the counts recounted. */
export function withAgent(board: Wallboard, agent: AgentState): Wallboard {
  const known = board.agents.some((a) => a.userId === agent.userId);
  const agents = known ? board.agents.map((a) => (a.userId === agent.userId ? agent : a)) : [...board.agents, agent].sort((a, b) => a.username.localeCompare(b.username));
  const agentCounts = { idle: 0, busy: 0, after_call: 0, break: 0, signed_out: 0 };
  for (const a of agents) agentCounts[a.state] += 1;
  return { ...board, agents, agentCounts };
}

/** Milliseconds from an ISO time to `now`, never below zero; null without a time. */
export function ageMs(since: string | null, now: number): number | null {
  if (!since) return null;
  return Math.max(0, now - Date.parse(since));
}

/** A duration as a wall reads it: m:ss under an hour, h:mm:ss above; — without one. */
export function clock(ms: number | null): string {
  if (ms === null) return '—';
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h > 0 ? `${h}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`;
}

/** A rate as a percentage with one decimal; — when there is nothing to rate. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
/** Seconds rounded; — when there are none. */
export const seconds = (value: number | null) => (value === null ? '—' : String(Math.round(value)));

/** One block of the dark wall: a panel a room away can tell apart. */
export const BLOCK = { background: '#112240', borderRadius: 10, padding: '14px 18px', color: '#e6f4ff' } as const;
