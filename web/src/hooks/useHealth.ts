import { useEffect, useState } from 'react';
import { fetchHealth } from '../api/health';
import type { HealthReport } from '../api/types';

export type HealthState =
  | { kind: 'checking' }
  | { kind: 'report'; report: HealthReport }
  | { kind: 'unreachable'; message: string };

const POLL_MS = 30_000;

/** Polls GET /api/health while mounted. */
export function useHealth(): HealthState {
  const [state, setState] = useState<HealthState>({ kind: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      fetchHealth(controller.signal)
        .then((report) => setState({ kind: 'report', report }))
        .catch((err: unknown) => {
          if (controller.signal.aborted) return;
          setState({ kind: 'unreachable', message: err instanceof Error ? err.message : String(err) });
        });
    };
    load();
    const timer = window.setInterval(load, POLL_MS);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, []);

  return state;
}
