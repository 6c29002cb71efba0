import { Logger } from 'pino';
import { OperationalError } from '../../../http/errors';

/** busy: run again at once · idle: wait the interval · down: a dependency is down, back off. */
export type Pace = 'busy' | 'idle' | 'down';

/** Runs a piece of work again and again, one run at a time, backing off while a dependency is down. */
export class Repeater {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  /** Woken during a run: what woke it may have come too late for that run, so one more follows at once. */
  private wokenWhileRunning = false;
  private backoff: number;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly maxBackoffMs: number,
    private readonly work: () => Promise<Pace>,
    private readonly logger: Logger,
  ) {
    this.backoff = intervalMs;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs soon instead of waiting out the interval (e.g. a case was just accepted). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.wokenWhileRunning = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.once().finally(() => (this.running = null));
    }, ms);
    this.timer.unref();
  }

  private async once(): Promise<void> {
    this.wokenWhileRunning = false;
    let pace: Pace;
    try {
      pace = await this.work();
    } catch (error) {
      pace = 'down';
      if (error instanceof OperationalError) this.logger.warn({ dependency: error.dependency }, `${this.name}: ${error.message}`);
      else this.logger.error({ err: error }, `${this.name} failed`);
    }
    if (this.stopped) return;
    this.backoff = pace === 'down' ? Math.min(this.maxBackoffMs, this.backoff * 2) : this.intervalMs;
    this.schedule(pace === 'busy' || (pace === 'idle' && this.wokenWhileRunning) ? 0 : pace === 'down' ? this.backoff : this.intervalMs);
  }
}
