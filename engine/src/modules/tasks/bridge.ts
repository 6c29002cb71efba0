import { EventEmitter } from 'node:events';
import { Logger } from 'pino';
import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { Variables, WORKER_POLLING, ZeebeClient } from '../../zeebe/client';
import { JobStream } from '../../zeebe/job-stream';
import { ElementNameLookup } from '../deployments/element-name-lookup';
import { Task, TaskEntity } from './entities';
import { taskFromJob, USER_TASK_JOB_TYPE, UserTaskJob } from './user-task-job';

type Worker = { close(): Promise<unknown> };
type Delivery = 'stream' | 'poll';

/** A job the stream handed over but the bridge could not hold comes back after this pause. */
const RETRY_HOLD_MS = 5_000;
/** The poller finding new work means the stream may be gone: reopen it, at most this often. */
const STREAM_REOPEN_MS = 30_000;

/**
 * Holds Zeebe's job-based user tasks as task rows. Jobs are activated with a long timeout and left
 * activated (forwarded) until the task is completed through the API. The row is unique by job key,
 * so a job delivered again (after a timeout or a restart) never makes a second task.
 *
 * New jobs arrive on a job stream, pushed by the broker as they are created. A long-polling worker
 * runs beside it: on start it collects the jobs that waited while the engine was down, and later it
 * catches what the stream did not take (jobs whose activation timed out, or a stream that broke).
 */
export class UserTaskBridge {
  private poller?: Worker;
  private stream?: JobStream;
  private streamOpenedAt = 0;
  readonly events = new EventEmitter<{ 'task.created': [Task]; 'task.redelivered': [string] }>();
  /** How the jobs held so far arrived. */
  readonly delivered: Record<Delivery, number> = { stream: 0, poll: 0 };
  private readonly tasks: Repository<Task>;
  private readonly names: ElementNameLookup;

  constructor(
    dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly options: { zeebeAddress: string; timeoutMs: number; logger: Logger },
  ) {
    this.tasks = dataSource.getRepository(TaskEntity);
    this.names = new ElementNameLookup(dataSource);
  }

  start(): void {
    this.openStream();
    this.poller = this.zeebe.createWorker<Variables, Record<string, string>, Variables>({
      taskType: USER_TASK_JOB_TYPE,
      timeout: this.options.timeoutMs,
      maxJobsToActivate: 32,
      ...WORKER_POLLING,
      taskHandler: async (job) => {
        await this.hold(job as unknown as UserTaskJob, 'poll');
        if (Date.now() - this.streamOpenedAt > STREAM_REOPEN_MS) this.openStream();
        return job.forward();
      },
    });
  }

  get streaming(): boolean {
    return this.stream?.open ?? false;
  }

  private openStream(): void {
    this.streamOpenedAt = Date.now();
    this.stream?.close();
    this.stream = new JobStream({
      address: this.options.zeebeAddress,
      type: USER_TASK_JOB_TYPE,
      worker: 'careflow-user-tasks',
      timeoutMs: this.options.timeoutMs,
      logger: this.options.logger,
      onJob: (job) =>
        this.hold(job, 'stream').catch(async (error: unknown) => {
          // Not held: hand the job back unchanged so it is delivered again shortly.
          this.options.logger.warn({ err: error, jobKey: job.key }, 'could not hold a streamed user task; it will come again');
          await this.zeebe.failJob({ jobKey: job.key, errorMessage: `CareFlow could not hold the task: ${String(error)}`, retries: job.retries, retryBackOff: RETRY_HOLD_MS });
        }),
    });
    this.stream.start();
  }

  /** Inserts the task unless a row for this job already exists; tells which happened. */
  async hold(job: UserTaskJob, via: Delivery = 'poll'): Promise<void> {
    const name = await this.names.nameOf(String(job.processDefinitionKey), job.elementId);
    const task = taskFromJob(job, new Date(), name);
    try {
      await this.tasks.insert(asRow(task));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      this.options.logger.debug({ jobKey: task.jobKey }, 'user task delivered again; kept the existing row');
      this.events.emit('task.redelivered', task.jobKey);
      return;
    }
    this.delivered[via] += 1;
    this.options.logger.debug({ jobKey: task.jobKey, elementId: task.elementId, via }, 'user task held');
    this.events.emit('task.created', task);
  }

  async close(): Promise<void> {
    this.stream?.close();
    await this.poller?.close();
    this.stream = undefined;
    this.poller = undefined;
  }
}
