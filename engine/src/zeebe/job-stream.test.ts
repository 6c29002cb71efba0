import net from 'node:net';
import pino from 'pino';
import { eventually } from '../testing/api-client';
import { JobStream } from './job-stream';

/** A port nothing listens on: taken and released again. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('job stream', () => {
  it('given no gateway, when the stream starts, then it is not open and tries again with back-off until closed', async () => {
    const stream = new JobStream({
      address: `127.0.0.1:${await closedPort()}`,
      type: 'careflow:test:1',
      worker: 'test',
      timeoutMs: 1000,
      logger: pino({ level: 'silent' }),
      onJob: async () => undefined,
      backoffMs: { initial: 50, max: 200 },
    });
    stream.start();
    await eventually(async () => (stream.attempts >= 3 && !stream.open ? true : undefined), 10_000, 'three failed attempts');
    stream.close();
    const attempts = stream.attempts;
    await new Promise((r) => setTimeout(r, 500));
    expect(stream.attempts).toBe(attempts);
  });
});
