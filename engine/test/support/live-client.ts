import { WebSocket } from 'ws';
import { ApiClient, eventually } from './api-client';

export type Pushed = { type: string; task?: { id: string; caseId: string; assignee: string | null }; caseId?: string; change?: string };

/** A browser-like socket: logs in, connects with the session cookie, keeps what it hears. */
export async function listen(url: string, username: string) {
  const client = new ApiClient(url);
  await client.login(username, 'password-123');
  const cookie = client.sessionCookie ?? '';
  const heard: Pushed[] = [];
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/events`, { headers: { cookie } });
  ws.on('message', (data) => heard.push(JSON.parse(String(data)) as Pushed));
  await eventually(async () => (heard.some((m) => m.type === 'hello') ? true : undefined), 10_000, `${username}'s socket`);
  return { client, heard, ws };
}
