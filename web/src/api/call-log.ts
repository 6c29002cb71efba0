import type { callListAnswer, missedCallAnswer, missedCallbackAnswer, missedCallListAnswer, MissedCallOutcome, missedCallView, missedOutcomeBody, Wire } from '@careflow/contracts';
import type { Call } from './calls';
import { api, queryString } from './client';

export type { MissedCallOutcome };
export { MISSED_CALL_OUTCOMES } from '@careflow/contracts';
export type MissedCall = Wire<typeof missedCallView>;

/** The call log's filters as the page keeps them in its address (dates as YYYY-MM-DD). */
export type CallLogQuery = { number?: string; agent?: string; from?: string; to?: string; direction?: string; mode?: string; outcome?: string; caseNumber?: string; page: number; pageSize: number };

/** A day's start and end in the browser's time zone, as instants the engine compares start times with. */
const dayStart = (day?: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const dayEnd = (day?: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

/** 通话记录: the calls the filters match, newest first, one page. */
export async function searchCalls(query: CallLogQuery, signal?: AbortSignal): Promise<{ items: Call[]; total: number }> {
  const params = { ...query, from: dayStart(query.from), to: dayEnd(query.to) };
  return api.get<Wire<typeof callListAnswer>>(`/api/calls${queryString(params)}`, { signal });
}

/** 未接来电 still awaiting a callback, oldest first. */
export const listMissedCalls = (signal?: AbortSignal) => api.get<Wire<typeof missedCallListAnswer>>(`/api/calls/missed${queryString({ status: 'open', pageSize: 200 })}`, { signal });

/** 回拨: the agent's phone (the simulator) rings the caller. */
export const callBackMissed = (id: string) => api.post<Wire<typeof missedCallbackAnswer>>(`/api/calls/missed/${encodeURIComponent(id)}/callback`, {});

export async function recordMissedOutcome(id: string, body: Wire<typeof missedOutcomeBody>): Promise<MissedCall> {
  return (await api.post<Wire<typeof missedCallAnswer>>(`/api/calls/missed/${encodeURIComponent(id)}/outcome`, body)).missed;
}
