import { ROLES, Role } from '@careflow/engine/dist/modules/identity/entities';
import { ApiClient } from './api-client';
import { EngineFixture } from './test-engine';

export const PASSWORD = 'password-123';

/** Creates a user (areaScope, providerId, groups and phone as given) and logs them in. */
export async function loggedIn(engine: EngineFixture, username: string, roles: Role[], extra: { areaScope?: string[]; providerId?: string | null; groups?: string[]; phone?: string | null } = {}): Promise<ApiClient> {
  const res = await engine.admin.post('/api/users', { username, password: PASSWORD, displayName: username, roles, ...extra });
  if (res.status !== 201) throw new Error(`user ${username} not created: ${res.status} ${JSON.stringify(res.body)}`);
  const client = new ApiClient(engine.running.url);
  await client.login(username, PASSWORD);
  return client;
}

/** A client that sends a bearer token instead of a session cookie. */
export class BearerClient extends ApiClient {
  constructor(
    baseUrl: string,
    readonly token: string,
  ) {
    super(baseUrl);
  }

  override request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return super.request<T>(method, path, body, { authorization: `Bearer ${this.token}`, ...headers });
  }
}

/** A client of the connectors' service user (role connector). */
export async function connectorClient(engine: EngineFixture): Promise<ApiClient> {
  const { token } = await engine.running.engine.identity.openServiceSession('connectors');
  return new BearerClient(engine.running.url, token);
}

/** One logged-in client per role (provider users belong to `providerId`), the admin being the fixture's. */
export async function clientPerRole(engine: EngineFixture, providerId: string, prefix: string): Promise<Record<Role, ApiClient>> {
  const clients = {} as Record<Role, ApiClient>;
  for (const role of ROLES) {
    if (role === 'admin') clients[role] = engine.admin;
    else if (role === 'connector') clients[role] = await connectorClient(engine);
    else clients[role] = await loggedIn(engine, `${prefix}_${role}`, [role], { providerId: role.startsWith('provider_') ? providerId : null });
  }
  return clients;
}

/** The headers that carry a client's identity, for requests made without it (to read any answer, not only JSON). */
export function identityOf(client: ApiClient): Record<string, string> {
  if (client instanceof BearerClient) return { authorization: `Bearer ${client.token}` };
  return client.sessionCookie ? { cookie: client.sessionCookie } : {};
}

/** Status and error code of a request as this client, whatever the body is (JSON, a workbook, a file). */
export async function answerTo(client: ApiClient, method: string, path: string, body?: unknown): Promise<{ status: number; code?: string }> {
  const res = await fetch(`${client.baseUrl}${path}`, {
    method,
    headers: { ...identityOf(client), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as { error?: { code?: string } }) : {};
  return { status: res.status, code: json.error?.code };
}
