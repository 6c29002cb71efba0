import { ApiClient } from './api-client';
import { EngineFixture } from './test-engine';

export type Call = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

/** A user with these roles, calling with a bearer token like a connector process does. */
export async function bearerUser(engine: EngineFixture, username: string, roles: string[]): Promise<Call> {
  await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, areaScope: [] });
  const client = new ApiClient(engine.running.url);
  const { body } = await client.post<{ token: string }>('/api/auth/token', { username, password: 'password-123' });
  return (method, path, payload) => client.request(method, path, payload, { authorization: `Bearer ${body.token}` });
}
