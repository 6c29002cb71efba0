import { EventEmitter } from 'node:events';
import { DataSource, In, Repository } from 'typeorm';
import { asRow, insertRows } from '../../../db/columns';
import { isUniqueViolation } from '../../../db/errors';
import { HistoricTask } from '../../../operaton/history-tasks';
import { fromEngineDate } from '../../../operaton/tasks';
import { Task, TaskEntity } from '../entities';
import { chunks } from '../../../lists';
import { statusOf } from './task-row';

/** Rows per INSERT statement. */
const INSERT_BATCH = 200;

/** What the projection tells the rest of CareFlow (the live socket, the timeline), as the bridge does. */
export type TaskProjectionEvents = { 'task.created': [Task]; 'task.updated': [Task] };

/**
 * The task rows of Operaton tasks, keyed by the engine's task id in job_key (unique): a second
 * insert of the same task fails on the key and is skipped, whichever replica or restart made it.
 */
export class OperatonTaskRows {
  private readonly tasks: Repository<Task>;

  constructor(
    dataSource: DataSource,
    readonly events: EventEmitter<TaskProjectionEvents>,
  ) {
    this.tasks = dataSource.getRepository(TaskEntity);
  }

  /** Which of these engine task ids already have a row. */
  async existing(taskIds: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks(taskIds, 500)) {
      for (const row of await this.tasks.find({ where: { jobKey: In(part) }, select: { jobKey: true } })) found.add(row.jobKey);
    }
    return found;
  }

  /** Open rows with the fields the reconcile compares. */
  openRows(): Promise<Task[]> {
    const fields = ['id', 'jobKey', 'status', 'assignee', 'name', 'dueAt', 'dueMissing', 'followUpAt', 'enginePriority'] as const;
    return this.tasks.find({ where: { status: 'created' }, select: Object.fromEntries(fields.map((f) => [f, true])) });
  }

  byKey(taskId: string): Promise<Task | null> {
    return this.tasks.findOneBy({ jobKey: taskId });
  }

  /**
   * Inserts the rows not yet there; returns those this call inserted. In batches: a first start
   * after a long outage may bring thousands, more than one statement may carry (SQLite refuses the
   * read-back of a 1,000-row insert).
   */
  async insert(rows: Task[]): Promise<Task[]> {
    const inserted: Task[] = [];
    for (const batch of chunks(rows, INSERT_BATCH)) inserted.push(...(await this.insertBatch(batch)));
    return inserted;
  }

  private async insertBatch(rows: Task[]): Promise<Task[]> {
    let inserted: Task[] = [];
    try {
      await insertRows(this.tasks.manager, TaskEntity, rows);
      inserted = rows;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone holds some of them already: one at a time, so the others still go in.
      for (const row of rows) if (await this.insertOne(row)) inserted.push(row);
    }
    for (const row of inserted) this.events.emit('task.created', row);
    return inserted;
  }

  private async insertOne(row: Task): Promise<boolean> {
    try {
      await this.tasks.insert(asRow(row));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Ends the open rows of tasks the engine has ended; rows already ended stay as they are. */
  async finish(ended: HistoricTask[]): Promise<Task[]> {
    const done: Task[] = [];
    for (const task of ended) {
      const change = asRow<Task>({ status: statusOf(task), completedAt: fromEngineDate(task.endTime), assignee: task.assignee });
      const { affected } = await this.tasks.update({ jobKey: task.id, status: 'created' }, change);
      if (!affected) continue;
      const row = await this.byKey(task.id);
      if (row) done.push(row);
    }
    for (const row of done) this.events.emit('task.updated', row);
    return done;
  }

  /** Applies a change to an open row when it differs; tells the row after, or null when nothing changed. */
  async change(row: Task, change: Partial<Task>): Promise<Task | null> {
    const differs = Object.entries(change).some(([k, v]) => !same(row[k as keyof Task], v));
    if (!differs) return null;
    const { affected } = await this.tasks.update({ id: row.id, status: 'created' }, asRow<Task>(change));
    if (!affected) return null;
    const after = await this.tasks.findOneBy({ id: row.id });
    if (after) this.events.emit('task.updated', after);
    return after;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
