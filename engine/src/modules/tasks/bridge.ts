import { EventEmitter } from 'node:events';
import { Logger } from 'pino';
import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { Variables, WORKER_POLLING, ZeebeClient } from '../../zeebe/client';
import { Task, TaskEntity } from './entities';
import { taskFromJob, USER_TASK_JOB_TYPE, UserTaskJob } from './user-task-job';

type Worker = { close(): Promise<unknown> };

/**
 * Holds Zeebe's job-based user tasks as task rows. Jobs are activated with a long timeout and left
 * activated (forwarded) until the task is completed through the API. The row is unique by job key,
 * so a job delivered again (after a timeout or a restart) never makes a second task.
 */
export class UserTaskBridge {
  private worker?: Worker;
  readonly events = new EventEmitter<{ 'task.created': [Task]; 'task.redelivered': [string] }>();
  private readonly tasks: Repository<Task>;

  constructor(
    dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly options: { timeoutMs: number; logger: Logger },
  ) {
    this.tasks = dataSource.getRepository(TaskEntity);
  }

  start(): void {
    this.worker = this.zeebe.createWorker<Variables, Record<string, string>, Variables>({
      taskType: USER_TASK_JOB_TYPE,
      timeout: this.options.timeoutMs,
      maxJobsToActivate: 32,
      ...WORKER_POLLING,
      taskHandler: async (job) => {
        await this.hold(job as unknown as UserTaskJob);
        return job.forward();
      },
    });
  }

  /** Inserts the task unless a row for this job already exists; tells which happened. */
  async hold(job: UserTaskJob): Promise<void> {
    const task = taskFromJob(job);
    try {
      await this.tasks.insert(asRow(task));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      this.options.logger.debug({ jobKey: task.jobKey }, 'user task delivered again; kept the existing row');
      this.events.emit('task.redelivered', task.jobKey);
      return;
    }
    this.options.logger.debug({ jobKey: task.jobKey, elementId: task.elementId }, 'user task held');
    this.events.emit('task.created', task);
  }

  async close(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }
}
