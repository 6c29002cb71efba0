import http from 'node:http';
import { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { SESSION_COOKIE } from '../http/auth-middleware';
import { trustedOrigin } from '../http/security';
import { AreaService } from '../modules/areas/service';
import { IdentityService } from '../modules/identity/service';
import { LiveEvents } from './events';

export const LIVE_PATH = '/api/events';
const HEARTBEAT_MS = 30_000;

function tokenOf(req: http.IncomingMessage): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const cookie = (req.headers.cookie ?? '').split(';').map((c) => c.trim().split('='));
  return cookie.find(([name]) => name === SESSION_COOKIE)?.[1];
}

function refuse(socket: NodeJS.WritableStream & { destroy(): void }, status: string): void {
  socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * `WS /api/events`: an authenticated socket per browser that receives the live events its user may
 * see. Dead connections are dropped by a ping/pong heartbeat.
 */
export function attachLiveSocket(
  server: http.Server,
  identity: IdentityService,
  areas: AreaService,
  live: LiveEvents,
  logger: Logger,
  origins: { trustProxy: boolean; trustedOrigins: string[] } = { trustProxy: false, trustedOrigins: [] },
): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== LIVE_PATH) return refuse(socket, '404 Not Found');
    // A page on another site must not open a socket with the user's cookie (cross-site WebSocket hijacking).
    const origin = req.headers.origin;
    const forwarded = origins.trustProxy ? String(req.headers['x-forwarded-host'] ?? '').split(',')[0].trim() : '';
    if (origin && !trustedOrigin(origin, forwarded || (req.headers.host ?? ''), origins.trustedOrigins)) return refuse(socket, '403 Forbidden');
    const token = tokenOf(req);
    const authenticated = token ? identity.authenticate(token) : Promise.resolve(undefined);
    // The scope is taken once per connection: a changed scope applies from the next connection.
    authenticated
      .then(async (user) => ({ user, scope: user ? await areas.scopeOf(user) : null }))
      .then(({ user, scope }) => {
        if (!user) return refuse(socket, '401 Unauthorized');
        if (user.passwordChangeRequired) return refuse(socket, '403 Forbidden'); // only the password may be changed yet
        wss.handleUpgrade(req, socket, head, (ws) => {
          const alive = { value: true };
          ws.on('pong', () => (alive.value = true));
          const unsubscribe = live.subscribe((event) => {
            if (ws.readyState === WebSocket.OPEN && live.mayReceive(user, scope, event)) ws.send(JSON.stringify(event));
          });
          const heartbeat = setInterval(() => {
            if (!alive.value) return ws.terminate();
            alive.value = false;
            ws.ping();
          }, HEARTBEAT_MS);
          ws.on('close', () => {
            clearInterval(heartbeat);
            unsubscribe();
          });
          ws.send(JSON.stringify({ type: 'hello', user: user.username }));
        });
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'live socket authentication failed');
        refuse(socket, '503 Service Unavailable');
      });
  });
  return {
    close: () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
