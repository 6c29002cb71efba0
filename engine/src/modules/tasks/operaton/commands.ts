import { EventEmitter } from 'node:events';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { asRow } from '../../../db/columns';
import { retryingTransaction } from '../../../db/retry';
import { errors } from '../../../http/errors';
import { OperatonRest, ProcessEngineRejection } from '../../../operaton/rest';
import { OperatonTasks } from '../../../operaton/tasks';
import { Variables } from '../../../operaton/json';
import { Task, TaskEntity } from '../entities';
import { TaskProjectionEvents } from './rows';

/** The engine's answers for a task it no longer has (completed, or ended by a timer or a cancel). */
const GONE_TYPES = new Set(['NotFoundException', 'NullValueException']);
const isGone = (e: ProcessEngineRejection) => e.status === 404 || GONE_TYPES.has(e.type) || /Cannot find task/i.test(e.message);

/** Writes that belong with the row's change (the timeline, the audit log): one transaction, so all or none. */
export type AlsoRecord = (m: EntityManager) => Promise<void>;

/** A task by id, or its row as the caller has just read it (open, and theirs to act on): no second read. */
export type TaskRef = string | Task;

/**
 * Claim, unclaim, assign and complete of Operaton tasks: the engine's task API decides first, then
 * the task row takes the outcome (the projection would bring it too, a moment later). When the
 * engine refuses (the task is gone, or someone else holds it) the caller gets a 409 and nothing in
 * CareFlow changes. Who may act and form validation stay with the task service, as today.
 */
export class OperatonTaskCommands {
  private readonly tasks: Repository<Task>;
  private readonly engine: OperatonTasks;

  constructor(
    private readonly dataSource: DataSource,
    rest: OperatonRest,
    private readonly events?: EventEmitter<TaskProjectionEvents>,
  ) {
    this.tasks = dataSource.getRepository(TaskEntity);
    this.engine = new OperatonTasks(rest);
  }

  async claim(id: TaskRef, username: string, alsoRecord?: AlsoRecord): Promise<Task> {
    const task = await this.open(id);
    await this.ask(task, () => this.engine.claim(task.jobKey, username));
    return this.record(task, { assignee: username }, ['created'], alsoRecord);
  }

  async unclaim(id: TaskRef, alsoRecord?: AlsoRecord): Promise<Task> {
    const task = await this.open(id);
    await this.ask(task, () => this.engine.unclaim(task.jobKey));
    return this.record(task, { assignee: null }, ['created'], alsoRecord);
  }

  /** Sets the holder whoever holds it now (a supervisor's reassignment); null frees the task. */
  async assign(id: TaskRef, username: string | null, alsoRecord?: AlsoRecord): Promise<Task> {
    const task = await this.open(id);
    await this.ask(task, () => this.engine.setAssignee(task.jobKey, username));
    return this.record(task, { assignee: username }, ['created'], alsoRecord);
  }

  /**
   * Completes with these values as process variables, by this CareFlow user, who then holds the task
   * (it stays in their done list).
   */
  async complete(id: TaskRef, variables: Variables, by: { id: string; username: string }, alsoRecord?: AlsoRecord): Promise<Task> {
    const task = await this.open(id);
    await this.ask(task, () => this.engine.complete(task.jobKey, variables));
    // The projection may have ended the row already: the result and who completed it are ours to add.
    const change: Partial<Task> = { status: 'completed', completedAt: new Date(), completedBy: by.id, result: variables, assignee: by.username };
    return this.record(task, change, ['created', 'completed'], alsoRecord, true);
  }

  private async open(ref: TaskRef): Promise<Task> {
    const task = typeof ref === 'string' ? await this.tasks.findOneBy({ id: ref }) : ref;
    if (!task) throw errors.notFound(`Task ${String(ref)}`);
    if (task.status !== 'created') throw errors.conflict(`Task ${task.id} is already ${task.status}`);
    return task;
  }

  private async ask(task: Task, command: () => Promise<void>): Promise<void> {
    try {
      await askAgainOnRace(command);
    } catch (error) {
      if (!(error instanceof ProcessEngineRejection)) throw error;
      if (isGone(error)) throw errors.conflict(`Task ${task.id} is no longer active in its process`, { engineTaskId: task.jobKey });
      if (error.type === 'TaskAlreadyClaimedException') throw errors.conflict(`Task ${task.id} is held by someone else`, { engineTaskId: task.jobKey });
      throw error;
    }
  }

  /**
   * The engine has taken the change, so it must reach the row: a lock conflict with the projection
   * or a case closing at the same moment (InnoDB deadlocks) is run again, never answered as a 500.
   * A change that ends the task (`final`) leaves nothing else on the row that matters, so the row
   * is not read back; a change of holder is, as the projection may have changed other fields.
   */
  private async record(task: Task, change: Partial<Task>, from: Task['status'][], alsoRecord?: AlsoRecord, final = false): Promise<Task> {
    const after = await retryingTransaction(this.dataSource, async (m) => {
      const { affected } = await m.getRepository(TaskEntity).update({ id: task.id, status: In(from) }, asRow<Task>(change));
      await alsoRecord?.(m);
      return final && affected === 1 ? { ...task, ...change } : m.getRepository(TaskEntity).findOneBy({ id: task.id });
    }) ?? { ...task, ...change };
    this.events?.emit('task.updated', after);
    return after;
  }
}

/**
 * The engine refuses a command that raced another change of the same process (a timer's or a connector's
 * step finishing at that moment: OptimisticLockingException) and rolls it back whole, so it is asked again.
 */
async function askAgainOnRace(command: () => Promise<void>, tries = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await command();
    } catch (error) {
      if (!(error instanceof ProcessEngineRejection && error.retryable) || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

