// Inbound telephony: agent states, screen pops, the inbound simulator and the live events that
// carry them (shapes from @careflow/contracts).
import type {
  agentAnswer,
  AgentStateName,
  agentStateView,
  currentPopAnswer,
  popAnswer,
  popElder,
  popListAnswer,
  screenPop,
  setAgentStateBody,
  simulatedInboundAnswer,
  simulatorInboundBody,
  takenBy,
  Wire,
} from '@careflow/contracts';
import { placeCall } from './calls';
import { api } from './client';
import type { LiveEvent, LiveEventOf } from './liveEvents';

export type { AgentStateName };
/** The order the desk's state switcher lists states in (the engine's own order differs). */
export const DESK_STATES: readonly AgentStateName[] = ['idle', 'busy', 'after_call', 'break', 'signed_out'];
export type AgentState = Wire<typeof agentStateView>;
export type PopElder = Wire<typeof popElder>;
export type TakenBy = Wire<typeof takenBy>;
export type ScreenPop = Wire<typeof screenPop>;
export type SimulatedInbound = Wire<typeof simulatorInboundBody>;

export async function myAgentState(): Promise<AgentState> {
  return (await api.get<Wire<typeof agentAnswer>>('/api/telephony/agents/me')).agent;
}

export async function setMyAgentState(state: AgentStateName): Promise<AgentState> {
  const body: Wire<typeof setAgentStateBody> = { state };
  return (await api.put<Wire<typeof agentAnswer>>('/api/telephony/agents/me/state', body)).agent;
}

/** The pops offered to me (or to nobody) that nobody has taken: a reload keeps the alarm banner. */
export async function openPops(): Promise<ScreenPop[]> {
  return (await api.get<Wire<typeof popListAnswer>>('/api/telephony/pops')).pops;
}

/** What I am on (or wrapping up): a reloaded desk shows its pop and call bar again. */
export type CurrentPop = Wire<typeof currentPopAnswer>;

export async function currentPop(): Promise<CurrentPop> {
  return api.get<CurrentPop>('/api/telephony/pops/current');
}

/** 处理完毕: done with the alarm (or ended call) I am on; answers my state (话后处理). */
export async function finishPop(id: string): Promise<AgentState> {
  return (await api.post<Wire<typeof agentAnswer>>(`/api/telephony/pops/${encodeURIComponent(id)}/finish`, {})).agent;
}

export async function takePop(id: string): Promise<ScreenPop> {
  return (await api.post<Wire<typeof popAnswer>>(`/api/telephony/pops/${encodeURIComponent(id)}/take`, {})).pop;
}

export async function transferCall(callId: string, group: string): Promise<void> {
  await api.post<unknown>(`/api/telephony/calls/${encodeURIComponent(callId)}/transfer`, { group });
}

export function simulateInbound(input: SimulatedInbound): Promise<Wire<typeof simulatedInboundAnswer>> {
  return api.post('/api/telephony/simulator/inbound', input);
}

export async function answerInbound(callId: string): Promise<void> {
  await api.post<unknown>(`/api/telephony/simulator/inbound/${encodeURIComponent(callId)}/answer`, {});
}

export async function hangupInbound(callId: string): Promise<void> {
  await api.post<unknown>(`/api/telephony/simulator/inbound/${encodeURIComponent(callId)}/hangup`, {});
}

/** The inbound live events; undefined for any other event. */
export type InboundEvent = LiveEventOf<'screen.pop' | 'screen.pop.taken' | 'agent.updated' | 'call.updated'>;

export function inboundEvent(event: LiveEvent): InboundEvent | undefined {
  return event.type === 'screen.pop' || event.type === 'screen.pop.taken' || event.type === 'agent.updated' || event.type === 'call.updated' ? event : undefined;
}

/** Click-to-call from the desk (the telephony connector's click_to_call), tied to the case if any. */
export async function dialOut(to: string, toName?: string, caseId?: string | null): Promise<{ id: string }> {
  return placeCall(to, toName, caseId);
}
