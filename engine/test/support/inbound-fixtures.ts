import { signRequest } from '@careflow/connectors';
import { In, IsNull, Not } from 'typeorm';
import { loadEngineConfig } from '@careflow/engine/dist/config';
import { ApiClient } from './api-client';
import { JINAN_AREAS, WANG_XIUYING } from './registry-fixtures';
import { EngineFixture } from './test-engine';
import { AgentStateEntity } from '@careflow/engine/dist/modules/telephony/agents/entities';
import { PopEntity } from '@careflow/engine/dist/modules/telephony/inbound/entities';
import { ScreenPop } from '@careflow/engine/dist/modules/telephony/inbound/pop-view';

export const SWITCH_SECRET = 'switch-one-secret-0123456789';
export const ALARM_TYPE = 'test-alarm';

/** The engine's config for inbound tests: one signing switch `sw1`, alarms open `test-alarm`. */
export const inboundEnv = () => ({ env: loadEngineConfig({ LOG_LEVEL: 'silent', TELEPHONY_SWITCH_SECRETS: `sw1:${SWITCH_SECRET}`, ALARM_SERVICE_TYPE: ALARM_TYPE }).env });

export type Pop = ScreenPop;
export type Heard = { type: string; pop?: Pop; popId?: string; agent?: { userId: string; state: string } };

/** A switch event as `sw1` sends it, signed over the exact bytes. */
export async function sendEvent(url: string, event: Record<string, unknown>, sign: (raw: string) => Record<string, string> = (raw) => ({ 'x-careflow-switch': 'sw1', ...signRequest(SWITCH_SECRET, raw) })) {
  const raw = JSON.stringify(event);
  const res = await fetch(`${url}/api/telephony/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...sign(raw) }, body: raw });
  return { status: res.status, body: (await res.json()) as { accepted?: boolean; ignored?: boolean; caseId?: string; callId?: string; attachedTo?: string; error?: { code: string } } };
}

/** Areas, 王秀英 (son 刘建国 13905310001, pendant PD-0001) and agents who log in with password-123. */
export async function seedDesk(engine: EngineFixture, agents: string[]): Promise<{ elderId: string; clients: Record<string, ApiClient>; ids: Record<string, string> }> {
  for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
  const elderId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
  await engine.admin.post('/api/groups', { key: 'hotline', name: '热线坐席组' });
  const clients: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  for (const username of agents) {
    const roles = username.startsWith('lead') ? ['supervisor'] : ['agent'];
    ids[username] = (await engine.admin.post<{ user: { id: string } }>('/api/users', { username, password: 'password-123', displayName: username, roles, groups: ['hotline'] })).body.user.id;
    clients[username] = new ApiClient(engine.running.url);
    await clients[username].login(username, 'password-123');
  }
  return { elderId, clients, ids };
}

/** Between tests: every agent on break, nothing offered or waiting. */
export async function quietDesk(engine: EngineFixture, clients: Record<string, ApiClient>): Promise<void> {
  for (const client of Object.values(clients)) await client.request('PUT', '/api/telephony/agents/me/state', { state: 'break' });
  const ds = engine.running.dataSource;
  await ds.getRepository(PopEntity).update({ status: In(['offered', 'queued']) }, { status: 'missed' });
  await ds.getRepository(AgentStateEntity).update({ offerId: Not(IsNull()) }, { offerId: null });
}

export const setState = (client: ApiClient, state: string) => client.request<{ agent: { state: string; since: string } }>('PUT', '/api/telephony/agents/me/state', { state });
