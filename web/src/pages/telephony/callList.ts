import type { Call, CallStatus } from '../../api/calls';

const RANK: Record<CallStatus, number> = { ringing: 0, answered: 1, ended: 2 };

/**
 * A call only moves forward (ringing → answered → ended). Copies arrive by three roads — the list,
 * the live socket and the simulator's answers — and on a busy machine an older copy can arrive
 * last; it must not move the call back.
 */
export function newerOf(current: Call | undefined, incoming: Call): Call {
  return current && RANK[current.status] > RANK[incoming.status] ? current : incoming;
}

/** The list with `changed` in it (its newest copy), newest call first. */
export function mergeCall(calls: Call[], changed: Call): Call[] {
  const kept = newerOf(calls.find((c) => c.id === changed.id), changed);
  return [kept, ...calls.filter((c) => c.id !== changed.id)].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** A fresh list, with the copies that arrived while it was being fetched laid over it. */
export function listWithUpdates(listed: Call[], arrivedMeanwhile: Iterable<Call>): Call[] {
  let calls = listed;
  for (const call of arrivedMeanwhile) calls = mergeCall(calls, call);
  return calls;
}
