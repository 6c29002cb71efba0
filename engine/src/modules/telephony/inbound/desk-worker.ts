import { Logger } from '../../../logger';
import { LiveEvents } from '../../../live/events';
import { ModuleWorker } from '../../../kernel/module';
import { AgentService } from '../agents/service';
import { DeskActions } from './desk';

/** How often ended wrap-ups are looked for: 话后处理 ends within this of its length. */
const WRAP_UP_SWEEP_MS = 1_000;

/** The desk's loop: ends 话后处理 once its time is up, and claims alarm tasks as they appear. */
export function deskWorker(desk: DeskActions, agents: AgentService, live: LiveEvents, logger: Logger): ModuleWorker {
  let timer: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => void) | undefined;
  let sweeping = false;
  return {
    name: 'telephony-desk',
    start() {
      unsubscribe = live.subscribe((event) => void desk.onLiveEvent(event).catch((err: unknown) => logger.error({ err }, 'claiming an alarm task failed')));
      timer = setInterval(() => {
        if (sweeping) return;
        sweeping = true;
        agents
          .endWrapUps()
          .catch((err: unknown) => logger.error({ err }, 'ending wrap-ups failed'))
          .finally(() => (sweeping = false));
      }, WRAP_UP_SWEEP_MS);
    },
    stop() {
      clearInterval(timer);
      unsubscribe?.();
    },
  };
}
