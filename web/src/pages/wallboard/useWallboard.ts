import { useCallback, useEffect, useRef, useState } from 'react';
import { subscribeLive, type LiveEvent } from '../../api/liveEvents';
import { wallboard, type Wallboard } from '../../api/wallboard';
import { withAgent } from './board';

/** At most one refetch per this span, however many events arrive. */
export const REFETCH_GAP_MS = 2_000;
/** A refetch even when nothing was heard: what no event tells (a case falling overdue) still shows. */
export const SAFETY_REFRESH_MS = 30_000;
/** The events after which the snapshot is read again (agent states apply at once instead). */
const REFETCH_ON: ReadonlySet<LiveEvent['type']> = new Set(['screen.pop', 'screen.pop.taken', 'call.updated', 'case.updated', 'task.created', 'task.updated']);

/**
 * The wallboard's snapshot kept current: agent states from `agent.updated` at once, everything else
 * refetched (throttled) on the events that change it, every 30 s and after a reconnect; `now` ticks
 * each second on the server's clock, so ages and time in state count on between refetches.
 */
export function useWallboard(): { board: Wallboard | null; now: number; error: unknown; connected: boolean } {
  const [board, setBoard] = useState<Wallboard | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [connected, setConnected] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  // Server time minus browser time, from the last snapshot's `at`.
  const skew = useRef(0);
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const abort = useRef<AbortController | null>(null);

  const load = useCallback(() => {
    clearTimeout(pending.current);
    pending.current = undefined;
    last.current = Date.now();
    abort.current?.abort();
    const controller = (abort.current = new AbortController());
    wallboard(controller.signal).then(
      (b) => {
        skew.current = Date.parse(b.at) - Date.now();
        setBoard(b);
        setError(null);
      },
      (err: unknown) => controller.signal.aborted || setError(err),
    );
  }, []);

  const soon = useCallback(() => {
    if (pending.current !== undefined) return;
    const wait = Math.max(0, last.current + REFETCH_GAP_MS - Date.now());
    pending.current = setTimeout(load, wait);
  }, [load]);

  useEffect(() => {
    load();
    const safety = setInterval(load, SAFETY_REFRESH_MS);
    const tick = setInterval(() => setNow(Date.now() + skew.current), 1_000);
    const unsubscribe = subscribeLive(
      (event) => {
        if (event.type === 'agent.updated') setBoard((b) => (b ? withAgent(b, event.agent) : b));
        else if (REFETCH_ON.has(event.type)) soon();
      },
      undefined,
      (up) => {
        setConnected(up);
        if (up) soon();
      },
    );
    return () => {
      unsubscribe();
      clearInterval(safety);
      clearInterval(tick);
      clearTimeout(pending.current);
      abort.current?.abort();
    };
  }, [load, soon]);

  return { board, now, error, connected };
}
