import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { acquireInstanceLock, AlreadyRunningError, assertPortFree } from './instance-lock';

describe('one CareFlow per home', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('given another CareFlow holds the home, when a second one starts, then it is refused; once that one is gone, the lock is taken over', async () => {
    // A stand-in engine process: its command line ends in main.js like the real one.
    const script = path.join(dir, 'main.js');
    fs.writeFileSync(script, 'setTimeout(() => undefined, 60000);');
    const other = spawn(process.execPath, [script], { stdio: 'ignore' });
    fs.writeFileSync(path.join(dir, 'careflow.pid'), String(other.pid));

    expect(() => acquireInstanceLock(dir)).toThrow(AlreadyRunningError);

    const exited = new Promise((r) => other.once('exit', r));
    other.kill('SIGKILL');
    await exited;
    const release = acquireInstanceLock(dir);
    expect(fs.readFileSync(path.join(dir, 'careflow.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'careflow.pid'))).toBe(false);
  });

  it('given the HTTP port is taken, when checked, then the error says which port and what to do', async () => {
    const holder = net.createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', () => r()));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      await expect(assertPortFree('127.0.0.1', port)).rejects.toThrow(`Port ${port} on 127.0.0.1 is in use`);
    } finally {
      holder.close();
    }
    await expect(assertPortFree('127.0.0.1', port)).resolves.toBeUndefined();
  });
});
