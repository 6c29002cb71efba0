import { useEffect, useState } from 'react';
import { getCase, type CaseDetail } from '../../api/cases';
import { subscribeLive, type LiveEvent } from '../../api/liveEvents';

/** Polled only while the live socket is down, so a dropped socket still shows the token moving. */
const FALLBACK_POLL_MS = 15_000;

const concerns = (event: LiveEvent, caseId: string) =>
  (event.type === 'case.updated' && event.caseId === caseId) || ((event.type === 'task.created' || event.type === 'task.updated') && event.task.caseId === caseId);

/**
 * The case of a test run, reloaded whenever the live socket says it changed (case.updated,
 * task.created/updated), so its token moves on the diagram as the process runs.
 */
export function useLiveCase(caseId: string | undefined): CaseDetail | undefined {
  const [detail, setDetail] = useState<CaseDetail>();
  useEffect(() => {
    if (!caseId) return undefined;
    let alive = true;
    let poll: ReturnType<typeof setInterval> | undefined;
    let ended = false; // a closed or canceled case moves no more: nothing to poll for
    const stopPolling = () => {
      clearInterval(poll);
      poll = undefined;
    };
    const load = () =>
      void getCase(caseId).then((found) => {
        if (!alive) return;
        setDetail(found);
        ended = !['open', 'opening'].includes(found.case.status);
        if (ended) stopPolling();
      }, () => undefined);
    const unsubscribe = subscribeLive(
      (event) => concerns(event, caseId) && load(),
      5_000,
      (connected) => {
        if (connected) {
          stopPolling();
          load(); // catch up on what happened while it was down
        } else if (!poll && !ended) {
          // Each failed reconnect reports again: keep the one poll running.
          poll = setInterval(load, FALLBACK_POLL_MS);
        }
      },
    );
    load();
    return () => {
      alive = false;
      stopPolling();
      unsubscribe();
    };
  }, [caseId]);
  return detail;
}
