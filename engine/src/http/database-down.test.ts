import net from 'node:net';
import { AddressInfo } from 'node:net';
import { ApiClient } from '../../test/support/api-client';
import { testDatabases } from '../../test/support/databases';
import { startTestEngine, TEST_ADMIN_PASSWORD, TestEngine } from '../../test/support/test-engine';

/** A TCP relay to MariaDB that the test can cut and restore: the database going down and coming back. */
async function relay(target: URL): Promise<{ port: number; close(): Promise<void>; cut(): void; restore(): void }> {
  const sockets = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    // Down: every connection is dropped at once, as a crashed server's host would refuse it.
    if (down) return void client.destroy();
    const upstream = net.connect(Number(target.port || 3306), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut: () => {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore: () => void (down = false),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const mysql = testDatabases().find((d) => d.name === 'mysql');
const describeOnMysql = mysql ? describe : describe.skip;

describeOnMysql('the database going down (MariaDB behind a relay)', () => {
  let running: TestEngine;
  let cutRelay: Awaited<ReturnType<typeof relay>>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await mysql!.create();
    drop = db.drop;
    const url = new URL((db.config as { url: string }).url);
    cutRelay = await relay(new URL(url));
    url.hostname = '127.0.0.1';
    url.port = String(cutRelay.port);
    running = await startTestEngine({ ...db, config: { type: 'mysql', url: url.toString() } });
  });
  afterAll(async () => {
    cutRelay?.restore();
    await running?.stop();
    await cutRelay?.close();
    await drop?.();
  }, 60_000);

  it('given a logged-in admin, when the database becomes unreachable, then requests answer 503 unavailable (not 500), and work again once it is back', async () => {
    const admin = new ApiClient(running.url);
    await admin.login('admin', TEST_ADMIN_PASSWORD);
    expect((await admin.get('/api/groups')).status).toBe(200);
    cutRelay.cut();
    for (const path of ['/api/groups', '/api/service-types']) {
      const res = await admin.get<{ error: { code: string } }>(path);
      expect([res.status, res.body.error?.code]).toEqual([503, 'unavailable']);
    }
    const login = await new ApiClient(running.url).post<{ error: { code: string } }>('/api/auth/login', { username: 'admin', password: TEST_ADMIN_PASSWORD });
    expect(login.status).toBe(503);
    cutRelay.restore();
    expect((await admin.get('/api/groups')).status).toBe(200);
  }, 60_000);
});
