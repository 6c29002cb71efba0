import { api } from './client';
import { subscribeLive } from './liveEvents';

export type CallStatus = 'ringing' | 'answered' | 'ended';
export type CallOutcome = 'answered' | 'confirmed' | 'no_answer' | 'busy' | 'failed';

/** One call record (phones masked for roles that see masked files). */
export interface Call {
  id: string;
  caseId: string | null;
  direction: 'outbound' | 'inbound';
  mode: 'click_to_call' | 'robot';
  from: string | null;
  to: string;
  toName: string | null;
  message: string | null;
  confirmDigit: string | null;
  status: CallStatus;
  outcome: CallOutcome | null;
  digits: string | null;
  hangupCause: string | null;
  adapter: string;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  durationSec: number | null;
}

export async function listCalls(query: { status?: CallStatus[]; caseId?: string; limit?: number } = {}, signal?: AbortSignal): Promise<Call[]> {
  const params = new URLSearchParams();
  if (query.status?.length) params.set('status', query.status.join(','));
  if (query.caseId) params.set('caseId', query.caseId);
  params.set('limit', String(query.limit ?? 50));
  return (await api.get<{ items: Call[] }>(`/api/calls?${params.toString()}`, { signal })).items;
}

export type SimulatorAction = 'answer' | 'digits' | 'busy' | 'no-answer' | 'hangup';

/** Drives a simulated call: the callee answers, presses keys, is busy, does not answer or hangs up. */
export async function simulate(id: string, action: SimulatorAction, digits?: string): Promise<Call> {
  const body = action === 'answer' || action === 'digits' ? (digits ? { digits } : {}) : {};
  return (await api.post<{ call: Call }>(`/api/telephony/simulator/calls/${encodeURIComponent(id)}/${action}`, body)).call;
}

/** Places a click-to-call from the panel (the simulator carries it). */
export async function placeCall(to: string, toName?: string): Promise<Call> {
  return (await api.post<{ call: Call }>('/api/calls', { mode: 'click_to_call', to, ...(toName ? { toName } : {}) })).call;
}

/** Calls back with every live `call.updated`; returns a function that closes the socket. */
export function onCallUpdated(callback: (call: Call) => void): () => void {
  return subscribeLive((event) => {
    if (event.type === 'call.updated' && event.call) callback(event.call as Call);
  });
}
