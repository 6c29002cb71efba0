import { Zeebe } from '@camunda8/sdk';
import { ConnectorDescriptor, jobType } from './descriptor';
import { runConnector } from './outcome';

export interface ConnectorLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RunningConnectors {
  jobTypes: string[];
  close(): Promise<void>;
}

/** Starts one Zeebe job worker per connector descriptor. */
export function startConnectorWorkers(
  zeebe: Zeebe.ZeebeGrpcClient,
  descriptors: ConnectorDescriptor[],
  options: { logger: ConnectorLogger; maxJobsActive: number },
): RunningConnectors {
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
        const info = {
          key: String(job.key),
          processInstanceKey: String(job.processInstanceKey),
          elementId: job.elementId,
          retries: job.retries,
          idempotencyKey: `${jobType(descriptor)}/${job.key}`,
        };
        const outcome = await runConnector(descriptor, job.variables, info);
        const log = { jobType: jobType(descriptor), jobKey: info.key, processInstanceKey: info.processInstanceKey };
        switch (outcome.kind) {
          case 'complete':
            return job.complete(outcome.variables);
          case 'bpmnError':
            options.logger.info({ ...log, errorCode: outcome.errorCode }, 'connector raised a BPMN error');
            return job.error({ errorCode: outcome.errorCode, errorMessage: outcome.errorMessage, variables: {} });
          case 'fail':
            options.logger.warn({ ...log, retries: outcome.retries, error: outcome.errorMessage }, 'connector job failed');
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
