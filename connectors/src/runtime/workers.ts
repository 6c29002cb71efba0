import { Zeebe } from '@camunda8/sdk';
import type { CallNote, ConnectorLogger } from './context';
import { ConnectorDescriptor, JobInfo, jobType } from './descriptor';
import type { EngineClient } from './engine-client';
import type { OutboundPolicy } from '../outbound/policy';
import { Outcome, runConnector } from './outcome';
import { SecretStore } from './secrets';

export interface RunningConnectors {
  jobTypes: string[];
  close(): Promise<void>;
}

/** What the runtime tells the engine after each job: the engine writes it to the case timeline. */
export interface JobReport {
  jobType: string;
  job: JobInfo;
  variables: Record<string, unknown>;
  outcome: Outcome;
  /** The job had no retries left and was kept aside as an incident (see the engine's `incidents`). */
  parked: boolean;
  notes: CallNote[];
}

export interface WorkerOptions {
  logger: ConnectorLogger;
  maxJobsActive: number;
  engine: EngineClient;
  secrets: SecretStore;
  /** Where outbound HTTP may go; unset: public addresses only. */
  outbound?: OutboundPolicy;
  /**
   * With this set, a job that fails with no retries left is not failed in Zeebe (which would need
   * Operate to see and resolve) but kept activated for this long and reported as parked, so the
   * engine can show it as an incident on its case and retry it later by job key.
   */
  incidents?: { holdMs: number };
}

export function jobInfo(descriptor: ConnectorDescriptor, job: { key: string; processInstanceKey: string; elementId: string; elementInstanceKey: string; retries: number; customHeaders?: Record<string, string> }): JobInfo {
  return {
    key: String(job.key),
    processInstanceKey: String(job.processInstanceKey),
    elementId: job.elementId,
    elementInstanceKey: String(job.elementInstanceKey),
    retries: job.retries,
    // The element instance, not the job: a job failed and retried keeps its key, but a loop that runs
    // the task again makes a new element instance, which is a new effect.
    idempotencyKey: `${jobType(descriptor)}/${job.elementInstanceKey}`,
    headers: { ...(job.customHeaders ?? {}) },
  };
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
        const info = jobInfo(descriptor, job);
        const { outcome, notes } = await runConnector(descriptor, job.variables, info, options);
        const log = { jobType: jobType(descriptor), jobKey: info.key, processInstanceKey: info.processInstanceKey };
        const parked = outcome.kind === 'fail' && outcome.retries === 0 && options.incidents !== undefined;
        const report: JobReport = { jobType: jobType(descriptor), job: info, variables: options.secrets.mask(job.variables), outcome, parked, notes };
        await options.engine.post('/api/connector-reports', report).catch((error: unknown) => {
          options.logger.warn({ ...log, error: String(error) }, 'connector report failed');
        });
        switch (outcome.kind) {
          case 'complete':
            return job.complete(outcome.variables);
          case 'bpmnError':
            options.logger.info({ ...log, errorCode: outcome.errorCode }, 'connector raised a BPMN error');
            // A connector's error variables are plain JSON: they are also sent to the engine's report route.
            return job.error({ errorCode: outcome.errorCode, errorMessage: outcome.errorMessage, variables: (outcome.variables ?? {}) as Record<string, string> });
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
      await Promise.all(descriptors.map((d) => d.close?.()));
    },
  };
}
