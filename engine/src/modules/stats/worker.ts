import type { ModuleWorker } from '../../kernel/module';
import { passWorker } from '../../kernel/passes';
import type { LiveEvents } from '../../live/events';
import type { Logger } from '../../logger';
import { CallTally } from './tally';

/**
 * Counts each call as it ends (the live bus tells of every call change on this engine) and, every
 * `everyMs`, whatever ended uncounted (another engine's call, a failed count, a restart).
 */
export function tallyWorker(tally: CallTally, live: LiveEvents, everyMs: number, logger: Logger): ModuleWorker {
  const passes = passWorker('call-tally', everyMs, tally, logger);
  let unsubscribe: (() => void) | undefined;
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const done = work.catch((err: unknown) => logger.error({ err }, 'call figures not updated')).finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  return {
    name: passes.name,
    start: (context) => {
      unsubscribe = live.subscribe((event) => {
        if (event.type === 'call.updated' && event.call.status === 'ended') track(tally.count(event.call.id));
      });
      return passes.start(context);
    },
    stop: async () => {
      unsubscribe?.();
      await passes.stop();
      await Promise.all([...inFlight]);
    },
  };
}
