import { ProcessEngineSupervision } from '../../operaton/engine-info';
import { LocalOperaton, LocalOperatonOptions, PreparedOperaton } from './local-operaton';

type SupervisedState = ProcessEngineSupervision['state'];

export interface SupervisorOptions extends LocalOperatonOptions {
  /** Waits before the 1st, 2nd, … restart in a row; the last one repeats. */
  backoffMs?: number[];
  /** Up this long → the next crash starts the backoff from the beginning again. */
  stableMs?: number;
}

const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000];

/**
 * The local process engine under supervision: started once (a failure there is the caller's),
 * then restarted with backoff whenever it dies, each step logged. Health reads `describe()`.
 */
export class ProcessEngineSupervisor {
  private current?: LocalOperaton;
  /** The latest Java process, ready or still starting. */
  private spawned?: { stop(): Promise<void> };
  private prepared?: PreparedOperaton;
  private state: SupervisedState = 'starting';
  private restarts = 0;
  private crashesInARow = 0;
  private lastExit?: string;
  private timer?: NodeJS.Timeout;
  private stopping = false;

  constructor(private readonly o: SupervisorOptions) {}

  get restUrl(): string {
    return `http://127.0.0.1:${this.o.port}/engine-rest`;
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  describe(): ProcessEngineSupervision {
    return { state: this.state, restarts: this.restarts, ...(this.lastExit ? { lastExit: this.lastExit } : {}) };
  }

  /** Builds if needed and starts; resolves when the REST API answers. */
  async start(): Promise<void> {
    this.prepared = await LocalOperaton.prepare(this.o);
    await this.launch();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.state = 'stopped';
    clearTimeout(this.timer);
    await this.spawned?.stop();
  }

  private async launch(): Promise<void> {
    if (this.stopping) return;
    const engine = await LocalOperaton.launch(this.prepared!, { ...this.o, onSpawned: (child) => (this.spawned = child) });
    this.current = engine;
    if (this.stopping) {
      await engine.stop();
      return;
    }
    this.state = 'up';
    const upSince = Date.now();
    engine.onExit((code, signal) => {
      if (this.stopping) return;
      if (Date.now() - upSince >= (this.o.stableMs ?? 60_000)) this.crashesInARow = 0;
      this.lastExit = signal ? `killed by ${signal}` : `exited with code ${code}`;
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    const backoff = this.o.backoffMs ?? BACKOFF_MS;
    const delay = backoff[Math.min(this.crashesInARow, backoff.length - 1)];
    this.crashesInARow += 1;
    this.state = 'restarting';
    this.o.log(`The process engine ${this.lastExit}; restarting in ${delay / 1000}s (restart ${this.restarts + 1}, log ${this.o.logFile})`);
    this.timer = setTimeout(() => {
      this.restarts += 1;
      this.launch().then(
        () => this.state === 'up' && this.o.log(`The process engine is back (restart ${this.restarts}, pid ${this.pid})`),
        (error: unknown) => {
          if (this.stopping) return;
          this.lastExit = `did not start again: ${(error as Error).message.split('\n')[0]}`;
          this.scheduleRestart();
        },
      );
    }, delay);
  }
}
