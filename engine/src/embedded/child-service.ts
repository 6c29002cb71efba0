import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function logTail(file: string, lines = 40): string {
  if (!fs.existsSync(file)) return '(no log)';
  // The JVM writes its class-sharing archive at exit with a warning per class it skips: hundreds of lines that would hide the cause.
  const meaningful = fs.readFileSync(file, 'utf8').split('\n').filter((line) => !/^\[[\d.]+s\]\[warning\]\[cds\]/.test(line));
  return meaningful.slice(-lines).join('\n');
}

/**
 * A Java server run as a child of the engine (the process engine): its output in
 * a log file, its own process group so Ctrl-C reaches the engine first, which then stops it in order,
 * and killed outright if the engine exits without stopping it.
 */
export class ChildService {
  private constructor(
    readonly child: ChildProcess,
    readonly logFile: string,
  ) {}

  static spawn(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildService {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const log = fs.openSync(logFile, 'a');
    const child = spawn(command, args, { env, stdio: ['ignore', log, log], detached: true });
    fs.closeSync(log);
    const service = new ChildService(child, logFile);
    const killOnExit = () => service.killNow();
    process.once('exit', killOnExit);
    // A supervised service is spawned again and again: each one's hook goes with it.
    child.once('exit', () => process.removeListener('exit', killOnExit));
    return service;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Called once when the process ends, however it ends. */
  onExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void {
    if (this.exited()) listener(this.child.exitCode, this.child.signalCode as NodeJS.Signals | null);
    else this.child.once('exit', listener);
  }

  exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Polls `ready` until it answers; an exit or the deadline is `fail(why)` with the log's tail (stopped first). */
  async waitReady(ready: () => Promise<boolean>, timeoutMs: number, fail: (message: string) => Error): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited()) throw fail(`exited during start-up. Log tail (${this.logFile}):\n${logTail(this.logFile)}`);
      if (await ready()) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    await this.stop();
    throw fail(`not ready after ${timeoutMs / 1000}s. Log tail (${this.logFile}):\n${logTail(this.logFile)}`);
  }

  /** SIGTERM lets the server flush and close; SIGKILL only if it hangs. */
  async stop(graceMs = 30_000): Promise<void> {
    if (this.exited()) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }

  private killNow(): void {
    if (!this.exited()) this.child.kill('SIGKILL');
  }
}
