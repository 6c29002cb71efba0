import { useCallback, useEffect, useRef, useState } from 'react';
import { getImport, startImport, type ImportJob, type ImportKind } from '../../api/imports';

const POLL_MS = 1000;

/** Starts an import and follows it, once a second, until the engine says it is done or failed. */
export function useImportJob() {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  // Bumped by reset and unmount, so a poll that was in flight does not resurrect an old job.
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current += 1;
    window.clearTimeout(timer.current);
  }, []);
  useEffect(() => stop, [stop]);

  const follow = useCallback((id: string, mine: number) => {
    const tick = async () => {
      try {
        const next = await getImport(id);
        if (mine !== generation.current) return;
        setJob(next);
        if (next.status === 'running') follow(id, mine);
      } catch (err) {
        if (mine === generation.current) setError(err);
      }
    };
    timer.current = window.setTimeout(() => void tick(), POLL_MS);
  }, []);

  const start = useCallback(
    async (kind: ImportKind, file: Blob, providerId?: string) => {
      stop();
      const mine = generation.current;
      setJob(null);
      setError(null);
      setStarting(true);
      try {
        const started = await startImport(kind, file, providerId);
        if (mine !== generation.current) return;
        setJob(started);
        if (started.status === 'running') follow(started.id, mine);
      } catch (err) {
        if (mine === generation.current) setError(err);
      } finally {
        setStarting(false);
      }
    },
    [follow, stop],
  );

  const reset = useCallback(() => {
    stop();
    setJob(null);
    setError(null);
  }, [stop]);

  return { job, error, starting, start, reset };
}
