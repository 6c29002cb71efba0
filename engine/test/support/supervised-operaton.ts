import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import { ProcessEngineSupervisor, SupervisorOptions } from '../../src/embedded/operaton/supervisor';

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * A test's own supervised process engine in `home` (its data and log there), as `npm start` runs
 * it: for the tests that kill and restart it, so the run's shared engine is never touched.
 */
export async function supervisedOperaton(home: string, options: Partial<SupervisorOptions> = {}): Promise<ProcessEngineSupervisor> {
  return new ProcessEngineSupervisor({
    sourceDir: path.join(REPO_ROOT, 'process-engine'),
    cacheDir: path.join(REPO_ROOT, '.careflow', 'cache'),
    dataDir: path.join(home, 'data', 'process-engine'),
    logFile: path.join(home, 'logs', 'process-engine.log'),
    port: await freePort(),
    heap: '256m',
    readyTimeoutMs: 180_000,
    backoffMs: [500],
    log: () => undefined,
    ...options,
  });
}
