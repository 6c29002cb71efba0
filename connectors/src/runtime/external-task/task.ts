import type { ConnectorLogger } from '../context';
import { ConnectorDescriptor, JobInfo, jobType } from '../descriptor';
import type { EngineClient } from '../engine-client';
import { ConnectorRunStopped } from '../errors';
import { JobReport, Outcome, runConnector, RunDeps } from '../outcome';
import { ExternalTaskClient, ExternalTaskRejection, LockedExternalTask } from './client';
import { completionVariables, inputNames, readInputs } from './inputs';
import { fromTypedVariables } from './variables';

/** Tries a task gets when neither the task (camunda:property retries) nor the connector says. */
const DEFAULT_RETRIES = 3;

export interface TaskDeps extends RunDeps {
  client: ExternalTaskClient;
  logger: ConnectorLogger;
  engine: EngineClient;
  lockDurationMs: number;
  /** Aborted when the workers stop: the run is cut short and the task handed back (unlocked) for the next worker. */
  stopping?: AbortSignal;
}

/**
 * The job a connector sees for an external task. The idempotency key is the task's id: a failed
 * task that Operaton offers again keeps its id (so a retried SMS is not sent twice), while a loop
 * that runs the step again makes a new task, which is a new effect.
 */
export function externalTaskJob(descriptor: ConnectorDescriptor, task: LockedExternalTask, retries: number): JobInfo {
  return {
    key: task.id,
    processInstanceKey: task.processInstanceId,
    elementId: task.activityId,
    elementInstanceKey: task.activityInstanceId,
    retries: task.retries ?? retries,
    idempotencyKey: `${jobType(descriptor)}/${task.id}`,
    headers: { ...(task.extensionProperties ?? {}) },
  };
}

/** The tries a task starts with: its `retries` property, else the connector's, else 3. */
export function initialRetries(descriptor: ConnectorDescriptor, task: LockedExternalTask): number {
  const fromTask = Number(task.extensionProperties?.retries);
  return Number.isInteger(fromTask) && fromTask > 0 ? fromTask : (descriptor.retries ?? DEFAULT_RETRIES);
}

/**
 * Runs one locked task to its answer: complete, BPMN error or failure (Operaton's incident at 0 retries).
 * A task that is gone meanwhile (its case cancelled, a boundary timer) stops its connector at the next
 * lock extension; one cut short by `deps.stopping` is handed back: a call already placed is followed
 * by whichever worker takes the task next (the call's once-record), not placed again.
 */
export async function handleTask(descriptor: ConnectorDescriptor, task: LockedExternalTask, deps: TaskDeps): Promise<void> {
  const log = { topic: task.topicName, externalTaskId: task.id, processInstanceId: task.processInstanceId };
  const gone = new AbortController();
  const stopLock = keepLocked(task, deps, log, gone);
  try {
    let processVariables: Record<string, unknown>;
    try {
      processVariables = await deps.client.processVariables(task.processInstanceId);
    } catch (error) {
      // The lock runs out and the task is offered again: nothing ran yet.
      deps.logger.warn({ ...log, error: String(error) }, 'external task: reading the case variables failed');
      return;
    }
    const inputs = readInputs(descriptor, fromTypedVariables(task.variables));
    // Declared inputs come from the task's input parameters only, never from a process variable that shares the name.
    const names = inputNames(descriptor);
    const context = Object.fromEntries(Object.entries(processVariables).filter(([name]) => !names.includes(name)));
    const retries = initialRetries(descriptor, task);
    const job = externalTaskJob(descriptor, task, retries);
    const variables = { ...context, ...inputs };
    const stop = deps.stopping ? AbortSignal.any([deps.stopping, gone.signal]) : gone.signal;
    let ran: Awaited<ReturnType<typeof runConnector>>;
    try {
      ran = await runConnector({ ...descriptor, retries }, variables, job, { ...deps, stop });
    } catch (error) {
      if (!(error instanceof ConnectorRunStopped)) throw error;
      if (gone.signal.aborted) deps.logger.info(log, 'external task is gone: its connector was stopped');
      else await handBack(task, deps, log);
      return;
    }
    const { outcome, notes } = ran;
    stopLock();
    const report: JobReport = { jobType: jobType(descriptor), job, variables: deps.secrets.mask(variables), outcome, notes };
    await deps.engine.post('/api/connector-reports', report).catch((error: unknown) => deps.logger.warn({ ...log, error: String(error) }, 'connector report failed'));
    await withRaceRetries(() => answer(descriptor, task, outcome, deps)).catch((error: unknown) => {
      // Gone: the step was cancelled meanwhile (a boundary timer, a deleted case). Otherwise the lock runs out and it is offered again.
      const gone = error instanceof ExternalTaskRejection && error.status === 404;
      deps.logger[gone ? 'info' : 'warn']({ ...log, outcome: outcome.kind, error: String(error) }, gone ? 'external task is gone' : 'answering the external task failed');
    });
  } finally {
    stopLock();
  }
}

function answer(descriptor: ConnectorDescriptor, task: LockedExternalTask, outcome: Outcome, deps: TaskDeps): Promise<void> {
  const log = { topic: task.topicName, externalTaskId: task.id };
  switch (outcome.kind) {
    case 'complete':
      return deps.client.complete(task.id, completionVariables(descriptor, outcome.variables));
    case 'bpmnError':
      deps.logger.info({ ...log, errorCode: outcome.errorCode }, 'connector raised a BPMN error');
      return deps.client.handleBpmnError(task.id, { errorCode: outcome.errorCode, errorMessage: outcome.errorMessage, ...(outcome.variables ? { variables: outcome.variables } : {}) });
    case 'fail':
      deps.logger.warn({ ...log, retries: outcome.retries, error: outcome.errorMessage }, 'connector task failed');
      return deps.client.handleFailure(task.id, { errorMessage: outcome.errorMessage.slice(0, 600), errorDetails: outcome.errorMessage, retries: outcome.retries, retryTimeout: outcome.retryBackOffMs });
  }
}

/** Two branches reaching a join at once: Operaton refuses one answer as a race; it is sent again (up to 5 times). */
async function withRaceRetries(send: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ExternalTaskRejection && error.retryable) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** Unlocked for the next worker; a task that cannot be unlocked is offered again once its lock runs out. */
export async function handBack(task: LockedExternalTask, deps: Pick<TaskDeps, 'client' | 'logger'>, log: object): Promise<void> {
  await deps.client.unlock(task.id).then(
    () => deps.logger.info(log, 'external task handed back: the workers are stopping'),
    (error: unknown) => deps.logger.warn({ ...log, error: String(error) }, 'handing back an external task failed'),
  );
}

/** Extends the lock every half lock duration while the connector runs; answers a stop function. A task found gone aborts `gone`. */
function keepLocked(task: LockedExternalTask, deps: TaskDeps, log: object, gone: AbortController): () => void {
  const timer = setInterval(() => {
    deps.client.extendLock(task.id, deps.lockDurationMs).catch((error: unknown) => {
      // Gone or taken: extending again will not help; the answer will say what happened.
      if (error instanceof ExternalTaskRejection) clearInterval(timer);
      if (error instanceof ExternalTaskRejection && error.status === 404) gone.abort();
      deps.logger.warn({ ...log, error: String(error) }, 'extending the lock failed');
    });
  }, Math.max(250, Math.floor(deps.lockDurationMs / 2)));
  timer.unref();
  return () => clearInterval(timer);
}
