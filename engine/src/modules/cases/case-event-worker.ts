import { CASE_EVENT_JOB_TYPE, CUSTOM_CASE_EVENT } from '@careflow/connectors';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { WORKER_POLLING, ZeebeClient } from '../../zeebe/client';
import { LiveEvents } from '../live/events';
import { CaseEntity, SATISFACTION } from './entities';
import { CaseTimeline } from './timeline';

/** The job type processes use to tell the engine about their own milestones (its element template is generated in connectors/). */
export { CASE_EVENT_JOB_TYPE };

type Worker = { close(): Promise<unknown> };

/**
 * Lets a process write its case's timeline without code per service type: a service task of type
 * careflow:case-event:1 with a header (or input) `event`, e.g. closed, sla.warning, dispatched (the
 * template's header value `other` defers to the input, where the analyst typed a name of their own);
 * optional `message`, and `satisfaction` when the case closes.
 */
export function startCaseEventWorker(dataSource: DataSource, zeebe: ZeebeClient, timeline: CaseTimeline, live: LiveEvents, logger: Logger): Worker {
  return zeebe.createWorker<Record<string, unknown>, Record<string, string>, Record<string, unknown>>({
    taskType: CASE_EVENT_JOB_TYPE,
    timeout: 30_000,
    maxJobsToActivate: 16,
    ...WORKER_POLLING,
    taskHandler: async (job) => {
      const caseId = job.variables.caseId;
      const header = job.customHeaders.event;
      const event = header && header !== CUSTOM_CASE_EVENT ? header : job.variables.event;
      if (typeof caseId !== 'string' || typeof event !== 'string' || !/^[a-z][\w.-]{0,60}$/.test(event)) {
        return job.fail({ errorMessage: 'case-event needs the caseId variable and an event name (header or input "event")', retries: 0 });
      }
      const message = typeof job.variables.message === 'string' ? job.variables.message : job.customHeaders.message;
      const satisfaction = SATISFACTION.find((s) => s === job.variables.satisfaction) ?? null;
      await dataSource.transaction(async (m) => {
        if (event === 'closed') {
          await m.getRepository(CaseEntity).update({ id: caseId, status: 'open' }, { status: 'closed', closedAt: new Date(), satisfaction });
        }
        await timeline.record(caseId, `process.${event}`, null, { elementId: job.elementId, ...(message ? { message } : {}), ...(satisfaction ? { satisfaction } : {}) }, m);
      });
      const areaPath = typeof job.variables.caseAreaPath === 'string' ? job.variables.caseAreaPath : null;
      live.emit({ type: 'case.updated', caseId, status: event === 'closed' ? 'closed' : 'open', change: `process.${event}`, areaPath });
      logger.debug({ caseId, event }, 'case event recorded');
      return job.complete();
    },
  });
}
