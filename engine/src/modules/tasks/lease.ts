import { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import { asRow } from '../../db/columns';
import { grpcCode, GrpcStatus, ZeebeClient } from '../../zeebe/client';
import { CaseTimeline } from '../cases/timeline';
import { LiveEvents } from '../live/events';
import { Task, TaskEntity } from './entities';

const BATCH = 50;

/**
 * Keeps the jobs of open tasks activated: every sweep renews each job's timeout. A job Zeebe no
 * longer knows was ended by its process (an interrupting timer, a cancel elsewhere): its task is
 * marked canceled so it leaves the inbox.
 */
export class TaskLeaseKeeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly timeline: CaseTimeline,
    private readonly live: LiveEvents,
    private readonly options: { timeoutMs: number; sweepMs: number; logger: Logger },
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'task lease sweep failed'))
        .finally(() => (this.running = undefined));
    }, this.options.sweepMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<{ renewed: number; gone: number }> {
    const tasks = this.dataSource.getRepository(TaskEntity);
    const open = await tasks.find({ where: { status: 'created' }, select: { id: true, jobKey: true } });
    let renewed = 0;
    const gone: string[] = [];
    for (let i = 0; i < open.length; i += BATCH) {
      await Promise.all(
        open.slice(i, i + BATCH).map(async (t) => {
          try {
            await this.zeebe.updateJobTimeout({ jobKey: t.jobKey, timeout: this.options.timeoutMs });
            renewed += 1;
          } catch (error) {
            if (grpcCode(error) === GrpcStatus.NOT_FOUND) gone.push(t.id);
            else throw error;
          }
        }),
      );
    }
    if (gone.length > 0) await this.markGone(gone);
    return { renewed, gone: gone.length };
  }

  private async markGone(ids: string[]): Promise<void> {
    const tasks = this.dataSource.getRepository(TaskEntity);
    await tasks.update({ id: In(ids), status: 'created' }, asRow<Task>({ status: 'canceled' }));
    for (const task of await tasks.findBy({ id: In(ids) })) {
      this.live.emit({ type: 'task.updated', task });
      if (task.caseId) await this.timeline.record(task.caseId, 'task.canceled', null, { taskId: task.id, elementId: task.elementId, name: task.name, reason: 'ended by its process' });
    }
  }
}
