/**
 * The throughput bench's view of an agent's live socket: each CareFlow step of a case waits for
 * its event (task.created, case.updated closed), as the web inbox does, then reads once.
 */
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { WebSocket } from 'ws';

export const CASE_TIMEOUT_MS = 60_000;
/** A step whose event has not come by then is checked by a read anyway. */
const FALLBACK_MS = 1_000;

type Step = 'task' | 'closed';

/** The agent's live events by case: a step waits for its event, or for one that came before it asked. */
export class CaseSignals {
  private readonly seen = new Set<string>();
  private readonly waiting = new Map<string, () => void>();
  fallbackReads = 0;

  note(step: Step, caseId: string): void {
    const key = `${step}:${caseId}`;
    this.seen.add(key);
    this.waiting.get(key)?.();
  }

  /** Waits for the step's event (at most FALLBACK_MS at a time), then reads until `check` has a value. */
  async until<T>(step: Step, caseId: string, check: () => Promise<T | undefined>): Promise<T> {
    const key = `${step}:${caseId}`;
    const deadline = Date.now() + CASE_TIMEOUT_MS;
    for (;;) {
      const signalled = this.seen.has(key) || (await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), FALLBACK_MS);
        this.waiting.set(key, () => (clearTimeout(timer), resolve(true)));
      }));
      // Taken: should the read still miss, the next round waits again instead of reading at once.
      this.seen.delete(key);
      this.waiting.delete(key);
      const value = await check();
      if (value !== undefined) {
        if (!signalled) this.fallbackReads++;
        return value;
      }
      if (Date.now() > deadline) throw new Error(`case ${caseId}: no ${step} within ${CASE_TIMEOUT_MS / 1000} s`);
    }
  }
}

export function listen(url: string, agent: ApiClient, signals: CaseSignals): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/events`, { headers: { cookie: agent.sessionCookie ?? '' } });
  ws.on('message', (data) => {
    const event = JSON.parse(String(data)) as { type: string; task?: { caseId: string | null }; caseId?: string; status?: string };
    if (event.type === 'task.created' && event.task?.caseId) signals.note('task', event.task.caseId);
    if (event.type === 'case.updated' && event.status === 'closed' && event.caseId) signals.note('closed', event.caseId);
  });
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve(ws)); // the hello
    ws.once('error', reject);
  });
}
