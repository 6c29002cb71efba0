import { DataSource, FindOptionsWhere, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { CaseTimeline } from '../cases/timeline';
import { PublicUser } from '../identity/entities';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { Task, TaskEntity, TaskStatus } from './entities';

export interface TaskFilter {
  status?: TaskStatus;
  processInstanceKey?: string;
  bpmnProcessId?: string;
  limit: number;
}

export class TaskService {
  private readonly tasks: Repository<Task>;

  constructor(
    dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly audit: AuditLog,
    private readonly timeline: CaseTimeline,
  ) {
    this.tasks = dataSource.getRepository(TaskEntity);
  }

  list(filter: TaskFilter): Promise<Task[]> {
    const where: FindOptionsWhere<Task> = { status: filter.status ?? 'created' };
    if (filter.processInstanceKey) where.processInstanceKey = filter.processInstanceKey;
    if (filter.bpmnProcessId) where.bpmnProcessId = filter.bpmnProcessId;
    return this.tasks.find({ where, order: { createdAt: 'ASC' }, take: filter.limit });
  }

  async get(id: string): Promise<Task> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw errors.notFound(`Task ${id}`);
    return task;
  }

  /**
   * Completes the task's job with the given variables. The row is claimed for completion first,
   * so two concurrent completions cannot both reach Zeebe.
   */
  async complete(id: string, user: PublicUser, variables: Variables, actor: Actor): Promise<Task> {
    const task = await this.get(id);
    if (task.status !== 'created') throw errors.conflict(`Task ${id} is already ${task.status}`);
    if (task.assignee && task.assignee !== user.username) throw errors.conflict(`Task ${id} is assigned to ${task.assignee}`);
    const completedAt = new Date();
    const claimed = await this.tasks.update(
      { id, status: 'created' },
      asRow<Task>({ status: 'completed', completedAt, completedBy: user.id, result: variables }),
    );
    if (claimed.affected !== 1) throw errors.conflict(`Task ${id} was completed by someone else`);
    try {
      await this.zeebe.completeJob({ jobKey: task.jobKey, variables: toZeebeVariables(variables) });
    } catch (error) {
      if (grpcCode(error) === GrpcStatus.NOT_FOUND) {
        // The job is gone: its case was canceled or the task ended another way.
        await this.tasks.update({ id }, { status: 'canceled', completedAt: null, completedBy: null, result: null });
        throw errors.conflict(`Task ${id} is no longer active in its process`);
      }
      await this.tasks.update({ id }, { status: 'created', completedAt: null, completedBy: null, result: null });
      throw errors.unavailable('Zeebe', error);
    }
    if (task.caseId) await this.timeline.record(task.caseId, 'task.completed', actor, { taskId: id, elementId: task.elementId });
    await this.audit.record(actor, {
      action: 'task.complete',
      entityType: 'task',
      entityId: id,
      before: { status: task.status },
      after: { status: 'completed', result: variables },
    });
    return { ...task, status: 'completed', completedAt, completedBy: user.id, result: variables };
  }
}
