import { useCallback, useEffect, useState } from 'react';

/**
 * What `load` answers, fetched again whenever `load` changes (wrap it in useCallback with its
 * inputs) or on reload(); a stale answer is dropped by aborting its request.
 */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (answer) => (setValue(answer), setError(null), setLoading(false)),
      (err: unknown) => !controller.signal.aborted && (setError(err), setLoading(false)),
    );
    return () => controller.abort();
  }, [load, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, error, loading, reload };
}
