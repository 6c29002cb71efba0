import type { callAnswer, callListAnswer, CallOutcome, CallStatus, callView, linkCallBody, placeCallAnswer, placeCallBody, Wire } from '@careflow/contracts';
import { api } from './client';
import { subscribeLive } from './liveEvents';

export type { CallOutcome, CallStatus };
/** One call record (phones masked for roles that see masked files). */
export type Call = Wire<typeof callView>;
/** A click-to-call the desk places. */
export type PlaceCall = Wire<typeof placeCallBody>;

export async function listCalls(query: { status?: CallStatus[]; caseId?: string; limit?: number } = {}, signal?: AbortSignal): Promise<Call[]> {
  const params = new URLSearchParams();
  if (query.status?.length) params.set('status', query.status.join(','));
  if (query.caseId) params.set('caseId', query.caseId);
  params.set('limit', String(query.limit ?? 50));
  return (await api.get<Wire<typeof callListAnswer>>(`/api/calls?${params.toString()}`, { signal })).items;
}

export type SimulatorAction = 'answer' | 'digits' | 'busy' | 'no-answer' | 'hangup';

/** Drives a simulated call: the callee answers, presses keys, is busy, does not answer or hangs up. */
export async function simulate(id: string, action: SimulatorAction, digits?: string): Promise<Call> {
  const body = action === 'answer' || action === 'digits' ? (digits ? { digits } : {}) : {};
  return (await api.post<Wire<typeof callAnswer>>(`/api/telephony/simulator/calls/${encodeURIComponent(id)}/${action}`, body)).call;
}

/** Places a click-to-call, tied to the case if any (the simulator carries it). */
export async function placeCall(to: string, toName?: string, caseId?: string | null): Promise<Call> {
  const body: PlaceCall = { mode: 'click_to_call', to, ...(toName ? { toName } : {}), ...(caseId ? { caseId } : {}) };
  return (await api.post<Wire<typeof placeCallAnswer>>('/api/calls', body)).call;
}

/** 新建工单 on a call: the call record is logged on the case opened from it. */
export async function linkCallToCase(callId: string, caseId: string): Promise<Call> {
  const body: Wire<typeof linkCallBody> = { caseId };
  return (await api.post<Wire<typeof callAnswer>>(`/api/calls/${encodeURIComponent(callId)}/case`, body)).call;
}

/** Calls back with every live `call.updated`; returns a function that closes the socket. */
export function onCallUpdated(callback: (call: Call) => void): () => void {
  return subscribeLive((event) => {
    if (event.type === 'call.updated') callback(event.call);
  });
}
