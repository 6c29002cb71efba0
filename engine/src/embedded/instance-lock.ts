import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export class AlreadyRunningError extends Error {
  override name = 'AlreadyRunningError';
}

function isCareFlow(pid: number): boolean {
  try {
    return pid !== process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.js');
  } catch {
    return false; // not running
  }
}

/**
 * One CareFlow per CAREFLOW_HOME: a second start would fight the first over the broker's data and
 * ports. Returns a release function; a lock left by a killed process is taken over.
 */
export function acquireInstanceLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'careflow.pid');
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    if (isCareFlow(pid)) throw new AlreadyRunningError(`CareFlow is already running from ${path.dirname(dataDir)} (pid ${pid}); stop it first`);
  }
  fs.writeFileSync(file, String(process.pid));
  return () => {
    if (fs.existsSync(file) && Number(fs.readFileSync(file, 'utf8')) === process.pid) fs.rmSync(file);
  };
}

/** Fails fast, before the broker starts, when the HTTP port is taken. */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is in use: stop what holds it or set PORT`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
