// Inbound telephony as the engine's issue-8 contract describes it: agent states, screen pops,
// the inbound simulator and the live events that carry them.
import { api } from './client';
import type { LiveEvent } from './liveEvents';

export const AGENT_STATES = ['idle', 'busy', 'after_call', 'break', 'signed_out'] as const;
export type AgentStateName = (typeof AGENT_STATES)[number];

export interface AgentState {
  userId: string;
  username: string;
  displayName: string;
  state: AgentStateName;
  since: string;
}

export interface PopElder {
  id: string;
  name: string;
  gender: string | null;
  age: number | null;
  matchedBy?: string;
  via?: string | null;
  livingSituation: string | null;
  address: string | null;
  areaPath?: string | null;
  conditions: string[];
  /** The elder file keeps allergies and medications as free text; the contract as lists. */
  allergies: string[] | string;
  medications: string[] | string;
  selfCare?: string | null;
  disabilityLevel?: string | null;
  relatives: { name: string; relation: string | null; phone: string }[];
  communityWorker: { name: string; phone: string | null } | null;
  doctor?: string | { name: string; phone: string | null } | null;
  recentCases?: { id: string; caseNumber: string; serviceType: string; status: string; openedAt: string }[];
}

export interface TakenBy {
  userId: string;
  username: string;
  displayName: string;
}

export interface ScreenPop {
  id: string;
  kind: 'alarm' | 'call';
  at: string;
  callId: string | null;
  caseId: string | null;
  caseNumber: string | null;
  attached: boolean;
  caller: { number: string | null; identified: boolean };
  terminal: { deviceId: string; type: string | null; button: string | null } | null;
  location: { lat?: number; lng?: number; address?: string } | null;
  elders: PopElder[];
  offeredTo: string | null;
  takenBy: TakenBy | null;
  areaPath: string | null;
  /** Why an alarm opened no case (e.g. its service type is not published). */
  error?: string | null;
}

export async function myAgentState(): Promise<AgentState> {
  return (await api.get<{ agent: AgentState }>('/api/telephony/agents/me')).agent;
}

export async function setMyAgentState(state: AgentStateName): Promise<AgentState> {
  return (await api.put<{ agent: AgentState }>('/api/telephony/agents/me/state', { state })).agent;
}

/** The pops offered to me (or to nobody) that nobody has taken: a reload keeps the alarm banner. */
export async function openPops(): Promise<ScreenPop[]> {
  return (await api.get<{ pops: ScreenPop[] }>('/api/telephony/pops')).pops;
}

export async function takePop(id: string): Promise<ScreenPop> {
  return (await api.post<{ pop: ScreenPop }>(`/api/telephony/pops/${encodeURIComponent(id)}/take`, {})).pop;
}

export async function transferCall(callId: string, group: string): Promise<void> {
  await api.post<unknown>(`/api/telephony/calls/${encodeURIComponent(callId)}/transfer`, { group });
}

export interface SimulatedInbound {
  kind: 'call' | 'alarm';
  from?: string;
  terminalId?: string;
  button?: string;
  digits?: string;
  location?: { address?: string };
}

export function simulateInbound(input: SimulatedInbound): Promise<{ eventIds: string[]; callId?: string; caseId?: string }> {
  return api.post('/api/telephony/simulator/inbound', input);
}

export async function answerInbound(callId: string): Promise<void> {
  await api.post<unknown>(`/api/telephony/simulator/inbound/${encodeURIComponent(callId)}/answer`, {});
}

export async function hangupInbound(callId: string): Promise<void> {
  await api.post<unknown>(`/api/telephony/simulator/inbound/${encodeURIComponent(callId)}/hangup`, {});
}

/** The inbound live events, typed; undefined for any other event. */
export type InboundEvent =
  | { type: 'screen.pop'; pop: ScreenPop }
  | { type: 'screen.pop.taken'; popId: string; takenBy: TakenBy }
  | { type: 'agent.updated'; agent: AgentState };

export function inboundEvent(event: LiveEvent): InboundEvent | undefined {
  if (event.type === 'screen.pop' && event.pop) return event as unknown as InboundEvent;
  if (event.type === 'screen.pop.taken' && typeof event.popId === 'string') return event as unknown as InboundEvent;
  if (event.type === 'agent.updated' && event.agent) return event as unknown as InboundEvent;
  return undefined;
}

/** Allergies and medications as a list, whichever way the engine sends them. */
export const asList = (value: string[] | string | null | undefined): string[] =>
  Array.isArray(value) ? value : (value ?? '').split(/[,，;；、\n]/).map((s) => s.trim()).filter(Boolean);

/** Click-to-call from the desk (the telephony connector's click_to_call), tied to the case if any. */
export async function dialOut(to: string, toName?: string, caseId?: string | null): Promise<{ id: string }> {
  const body = { mode: 'click_to_call', to, ...(toName ? { toName } : {}), ...(caseId ? { caseId } : {}) };
  return (await api.post<{ call: { id: string } }>('/api/calls', body)).call;
}
