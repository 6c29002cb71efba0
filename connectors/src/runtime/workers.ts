import { Zeebe } from '@camunda8/sdk';
import { ConnectorDescriptor, JobInfo, jobType } from './descriptor';
import { Outcome, runConnector } from './outcome';

export interface ConnectorLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RunningConnectors {
  jobTypes: string[];
  close(): Promise<void>;
}

/** What the runtime tells its host after each job: the engine writes it to the case timeline. */
export interface JobReport {
  jobType: string;
  job: JobInfo;
  variables: Record<string, unknown>;
  outcome: Outcome;
  /** The job had no retries left and was kept aside as an incident (see `incidents`). */
  parked: boolean;
}

export interface WorkerOptions {
  logger: ConnectorLogger;
  maxJobsActive: number;
  onReport?: (report: JobReport) => Promise<void>;
  /**
   * With this set, a job that fails with no retries left is not failed in Zeebe (which would need
   * Operate to see and resolve) but kept activated for this long and reported as parked, so the
   * host can show it as an incident on its case and retry it later by job key.
   */
  incidents?: { holdMs: number };
}

/** Starts one Zeebe job worker per connector descriptor. */
export function startConnectorWorkers(zeebe: Zeebe.ZeebeGrpcClient, descriptors: ConnectorDescriptor[], options: WorkerOptions): RunningConnectors {
  const workers = descriptors.map((descriptor) =>
    zeebe.createWorker<Record<string, unknown>, Record<string, string>, Record<string, unknown>>({
      taskType: jobType(descriptor),
      timeout: descriptor.timeoutMs ?? 60_000,
      maxJobsToActivate: options.maxJobsActive,
      pollInterval: 1000,
      // Short long-polls: a closing worker waits for its open poll, which would delay shutdown.
      longPoll: 10_000,
      loglevel: 'NONE',
      taskHandler: async (job) => {
        const info: JobInfo = {
          key: String(job.key),
          processInstanceKey: String(job.processInstanceKey),
          elementId: job.elementId,
          elementInstanceKey: String(job.elementInstanceKey),
          retries: job.retries,
          idempotencyKey: `${jobType(descriptor)}/${job.key}`,
        };
        const outcome = await runConnector(descriptor, job.variables, info);
        const log = { jobType: jobType(descriptor), jobKey: info.key, processInstanceKey: info.processInstanceKey };
        const parked = outcome.kind === 'fail' && outcome.retries === 0 && options.incidents !== undefined;
        await options.onReport?.({ jobType: jobType(descriptor), job: info, variables: job.variables, outcome, parked }).catch((error: unknown) => {
          options.logger.warn({ ...log, error: String(error) }, 'connector report failed');
        });
        switch (outcome.kind) {
          case 'complete':
            return job.complete(outcome.variables);
          case 'bpmnError':
            options.logger.info({ ...log, errorCode: outcome.errorCode }, 'connector raised a BPMN error');
            return job.error({ errorCode: outcome.errorCode, errorMessage: outcome.errorMessage, variables: {} });
          case 'fail':
            options.logger.warn({ ...log, retries: outcome.retries, error: outcome.errorMessage, parked }, 'connector job failed');
            if (parked && options.incidents) {
              await zeebe.updateJobTimeout({ jobKey: info.key, timeout: options.incidents.holdMs });
              return job.forward();
            }
            return job.fail({ errorMessage: outcome.errorMessage, retries: outcome.retries, retryBackOff: outcome.retryBackOffMs });
        }
      },
    }),
  );
  return {
    jobTypes: descriptors.map(jobType),
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
