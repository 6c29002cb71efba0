import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { ConnectorDescriptor, jobType } from '../descriptor';
import type { RunDeps } from '../outcome';
import { ExternalTaskClient, FetchTopic, LockedExternalTask } from './client';
import { inputNames } from './inputs';
import { handBack, handleTask } from './task';

export interface ExternalTaskWorkerOptions extends RunDeps {
  /** Tasks run at once, over all topics. Default 8. */
  maxTasksActive?: number;
  /** How long a fetched task stays locked; extended every half of it while its connector runs. Default 30 s. */
  lockDurationMs?: number;
  /** The long poll's asyncResponseTimeout, which also bounds how long close() waits for it. Default 10 s. */
  pollTimeoutMs?: number;
  /** How long close() lets running tasks finish before it cuts them short and hands them back. Default 10 s. */
  stopGraceMs?: number;
  /** Unique per process by default (host, pid, random). */
  workerId?: string;
  /** Headers for Operaton's REST API, e.g. its credentials. */
  headers?: Record<string, string>;
}

export interface RunningExternalTaskWorkers {
  workerId: string;
  /** One per connector and version: jobType(), e.g. careflow:sms:1. */
  topics: string[];
  /**
   * Stops fetching, waits for the open long poll (handing back what it brings) and up to stopGraceMs
   * for running tasks; those still running then (a call still ringing) are cut short and handed back.
   */
  close(): Promise<void>;
}

/** A pause between failed polls: 1 s doubling to 30 s, cut short by close(). */
const pollRetryMs = (failures: number) => Math.min(1000 * 2 ** failures, 30_000);

/**
 * Connectors as Operaton external-task workers: one long poll fetches for every connector's topic
 * (`jobType()` of each descriptor), each task runs through the one connector runtime (runConnector)
 * and is answered with complete, a BPMN error or a failure with retries and backoff.
 */
export function startExternalTaskWorkers(restUrl: string, descriptors: ConnectorDescriptor[], options: ExternalTaskWorkerOptions): RunningExternalTaskWorkers {
  const workerId = options.workerId ?? `careflow-connectors/${os.hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const client = new ExternalTaskClient({ restUrl, workerId, headers: options.headers });
  const lockDurationMs = options.lockDurationMs ?? 30_000;
  const pollTimeoutMs = options.pollTimeoutMs ?? 10_000;
  const maxActive = options.maxTasksActive ?? 8;
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  const cutShort = new AbortController();
  const byTopic = new Map(descriptors.map((d) => [jobType(d), d]));
  const topics: FetchTopic[] = descriptors.map((d) => ({ topicName: jobType(d), lockDuration: lockDurationMs, variables: inputNames(d), localVariables: true, includeExtensionProperties: true }));
  const running = new Set<Promise<void>>();
  let stopping = false;
  let wakeUp: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wakeUp = resolve));

  const start = (task: LockedExternalTask) => {
    const descriptor = byTopic.get(task.topicName);
    if (!descriptor) return;
    const run: Promise<void> = handleTask(descriptor, task, { ...options, client, lockDurationMs, stopping: cutShort.signal })
      .catch((error: unknown) => options.logger.warn({ externalTaskId: task.id, error: String(error) }, 'external task handler failed'))
      .finally(() => running.delete(run));
    running.add(run);
  };

  const loop = async () => {
    let failures = 0;
    while (!stopping) {
      if (running.size >= maxActive) {
        await Promise.race([stopped, ...running]);
        continue;
      }
      let tasks: LockedExternalTask[];
      try {
        tasks = await client.fetchAndLock({ maxTasks: maxActive - running.size, topics, asyncResponseTimeout: pollTimeoutMs });
        failures = 0;
      } catch (error) {
        options.logger.warn({ workerId, error: String(error) }, 'fetching external tasks failed');
        await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, pollRetryMs(failures++)).unref())]);
        continue;
      }
      for (const task of tasks) {
        // Locked after close() began: handed back at once rather than left locked to a leaving worker.
        if (stopping) await handBack(task, { client, logger: options.logger }, { externalTaskId: task.id, topic: task.topicName });
        else start(task);
      }
    }
  };

  const looping = topics.length > 0 ? loop() : Promise.resolve();
  options.logger.info({ workerId, topics: [...byTopic.keys()] }, 'external task workers started');
  return {
    workerId,
    topics: [...byTopic.keys()],
    close: async () => {
      stopping = true;
      wakeUp();
      // A poll Operaton still holds would lock tasks for nobody: it is let run out (pollTimeoutMs) instead of cut.
      await looping;
      let grace: NodeJS.Timeout | undefined;
      const graceOver = new Promise<void>((resolve) => (grace = setTimeout(resolve, stopGraceMs)));
      await Promise.race([Promise.all(running), graceOver]);
      clearTimeout(grace);
      cutShort.abort();
      await Promise.all(running);
      await Promise.all(descriptors.map((d) => d.close?.()));
    },
  };
}
