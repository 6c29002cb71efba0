import type { Logger } from '../logger';
import type { ModuleWorker } from './module';

/**
 * A pass over the database that runs once at a time in this process: a call while one runs joins
 * it (the timer's and a test's, say), so this node does nothing twice. Other nodes are kept off by
 * the database (unique keys), not by this.
 */
export abstract class DatedPass {
  private running: Promise<number> | null = null;

  /** One pass at `now` (a test's clock; the wall clock otherwise), or the one running; resolves to what it counted. */
  runOnce(now = new Date()): Promise<number> {
    this.running ??= this.pass(now).finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves once no pass runs (the engine stops after it). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  protected abstract pass(now: Date): Promise<number>;
}

/** A module's worker that runs a pass every `everyMs` (0: never, e.g. a second engine on the database leaves it to the first), stopping after the pass in flight. */
export function passWorker(name: string, everyMs: number, pass: { runOnce(): Promise<unknown>; idle(): Promise<void> }, logger: Logger): ModuleWorker {
  let timer: NodeJS.Timeout | undefined;
  return {
    name,
    start: () => {
      if (everyMs > 0) timer = setInterval(() => void pass.runOnce().catch((err: unknown) => logger.error({ err }, `${name} pass failed`)), everyMs);
    },
    stop: async () => {
      clearInterval(timer);
      await pass.idle();
    },
  };
}
