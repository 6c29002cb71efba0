import { EventEmitter } from 'node:events';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { HistoricIdentityLink, HistoricTask, HistoricTaskQuery, OperatonTaskHistory } from '../../../operaton/history-tasks';
import { OperatonRest } from '../../../operaton/rest';
import { fromEngineDate, toEngineDate } from '../../../operaton/tasks';
import { ProjectionCursors, TaskFeedPosition } from './cursor';
import { TaskFactsReader } from './facts';
import { applyLinkChanges } from './link-changes';
import { reconcileOpenTasks } from './reconcile';
import { RecentIds } from './recent-ids';
import { OperatonTaskRows, TaskProjectionEvents } from './rows';
import { taskFromEngine } from './task-row';

export interface TaskProjectionOptions {
  logger: Logger;
  /** Pause between two reads of the history (default 200 ms: tasks show within the 1 s target). */
  intervalMs?: number;
  /** How far back each read starts before the cursor: covers commits that land after later ones, clock skew between engine nodes and MySQL's whole-second times (default 3 s). */
  overlapMs?: number;
  /** Full comparison of open tasks with the engine (default every 60 s, and on start). */
  reconcileMs?: number;
  pageSize?: number;
  /** Compare only these processes' open tasks (tests that share one engine); unset, every task is CareFlow's. */
  processDefinitionKeys?: string[];
}

export const CURSOR_NAME = 'operaton.tasks';
/** Links are stamped up to a few ms before their task's history row (seen: ~50 ms); a wide margin. */
const LINK_SLACK_MS = 1_000;

export interface RoundReport {
  created: number;
  ended: number;
  changed: number;
}

/**
 * Keeps the tasks table in step with Operaton's user tasks by reading the engine's own history as a
 * change feed: tasks started, tasks ended (completed, or ended by a boundary event or a cancel),
 * and identity-link changes (claims, assignments, candidates). The feed's position is kept in the
 * database, so tasks created or ended while CareFlow was down are read on start. Each read starts
 * `overlapMs` before the position and rows are unique by the engine's task id, so a task read twice
 * (same millisecond, restart, another replica) is held once. A periodic full comparison of open
 * tasks catches what a time window could not (a transaction longer than the overlap).
 */
export class OperatonTaskProjection {
  readonly events = new EventEmitter<TaskProjectionEvents>();
  private readonly rows: OperatonTaskRows;
  private readonly history: OperatonTaskHistory;
  private readonly facts: TaskFactsReader;
  private readonly cursors: ProjectionCursors;
  private readonly options: Required<Omit<TaskProjectionOptions, 'processDefinitionKeys'>> & Pick<TaskProjectionOptions, 'processDefinitionKeys'>;
  private position?: TaskFeedPosition;
  private readonly held = new RecentIds();
  private readonly ended = new RecentIds();
  private readonly links = new RecentIds();
  private nextReconcileAt = 0;
  private caughtUp = false;
  private reconciling?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private loop?: Promise<void>;
  private failures = 0;
  private stopped = true;
  private firstCatchUp?: { promise: Promise<void>; resolve: () => void };

  constructor(dataSource: DataSource, rest: OperatonRest, options: TaskProjectionOptions) {
    this.options = { intervalMs: 200, overlapMs: 3_000, reconcileMs: 60_000, pageSize: 500, ...options };
    this.rows = new OperatonTaskRows(dataSource, this.events);
    this.history = new OperatonTaskHistory(rest);
    this.facts = new TaskFactsReader(rest);
    this.cursors = new ProjectionCursors(dataSource);
    // A task whose end is on its row already (a completion through CareFlow) needs no end from the feed.
    this.events.on('task.updated', (task) => void (task.status !== 'created' && this.ended.add(task.jobKey, null)));
  }

  /** Starts reading; resolves once what happened while CareFlow was away is in the table (retries while the engine is down). */
  start(): Promise<void> {
    this.stopped = false;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.firstCatchUp = { promise, resolve };
    this.schedule(0);
    return promise;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.loop;
    await this.reconciling;
    this.firstCatchUp?.resolve();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.loop = this.step().then((delay) => this.schedule(delay));
    }, delayMs);
  }

  private async step(): Promise<number> {
    try {
      if (!this.position) this.position = await this.initialPosition();
      if (!this.caughtUp) {
        // What happened while CareFlow was away is in the table before the first catch-up resolves.
        await this.reconcile();
        this.caughtUp = true;
        this.nextReconcileAt = Date.now() + this.options.reconcileMs;
      } else if (Date.now() >= this.nextReconcileAt && !this.reconciling) this.reconcileBeside();
      await this.round();
      this.failures = 0;
      this.firstCatchUp?.resolve();
      return this.options.intervalMs;
    } catch (error) {
      this.failures += 1;
      this.options.logger.warn({ err: error, failures: this.failures }, 'task projection could not read the process engine; trying again');
      return Math.min(5_000, this.options.intervalMs * 2 ** this.failures);
    }
  }

  /** The stored position; on the very first start, the engine's newest history (open tasks come from the reconcile). */
  private async initialPosition(): Promise<TaskFeedPosition> {
    const stored = await this.cursors.load<TaskFeedPosition & Record<string, string | null>>(CURSOR_NAME);
    if (stored) return stored;
    const newest = async (field: 'startTime' | 'endTime') =>
      (await this.history.tasks({ finished: field === 'endTime' ? true : undefined, sorting: [{ sortBy: field, sortOrder: 'desc' }] }, { maxResults: 1 }))[0]?.[field] ?? null;
    const link = (await this.history.identityLinks({ sortBy: 'time', sortOrder: 'desc' }, { maxResults: 1 }))[0]?.time ?? null;
    const position = { started: await newest('startTime'), finished: await newest('endTime'), links: link };
    await this.cursors.save(CURSOR_NAME, { ...position });
    return position;
  }

  /**
   * The periodic comparison runs beside the feed, not in its loop: with a storm's thousand open
   * tasks it takes seconds, and new tasks must keep showing within the second meanwhile. Both may
   * write the same row at once; inserts are unique by the engine's task id and ends are guarded by
   * status, as between two replicas.
   */
  private reconcileBeside(): void {
    this.reconciling = this.reconcile()
      .then(() => void (this.nextReconcileAt = Date.now() + this.options.reconcileMs))
      .catch((error: unknown) => {
        this.nextReconcileAt = Date.now() + Math.min(this.options.reconcileMs, 5_000);
        this.options.logger.warn({ err: error }, 'comparing open tasks with the process engine failed; trying again');
      })
      .finally(() => (this.reconciling = undefined));
  }

  /** Compares every open task with the engine's (see reconcile.ts). */
  async reconcile() {
    return reconcileOpenTasks(this.rows, this.history, this.facts, this.options.processDefinitionKeys);
  }

  /** One read of the feed: new tasks in, ended tasks out, claims and assignments applied. */
  async round(): Promise<RoundReport> {
    const position = this.position ?? (this.position = await this.initialPosition());
    // One hop for the three feeds. A task's links commit with it: a fresh task with no links here
    // committed after this read of the log (or has no candidates) and has its links read on its own.
    const [started, finished, links] = await Promise.all([
      this.readTasks({ startedAfter: this.before(position.started) }, 'startTime'),
      // finished: true, or a feed with no position yet (no task ever ended) would read open tasks as ended.
      this.readTasks({ finished: true, finishedAfter: this.before(position.finished) }, 'endTime'),
      this.readLinks(this.before(position.links)),
    ]);
    const latest = new Map<string, HistoricTask>();
    for (const task of [...started, ...finished]) latest.set(task.id, task);
    const unheld = [...latest.values()].filter((t) => !this.held.has(t.id));
    const already = await this.rows.existing(unheld.map((t) => t.id));
    const fresh = unheld.filter((t) => !already.has(t.id));
    const logged = byTask(links);
    // A task begun near the log window's start may have links on both sides of it: read those alone.
    const windowStart = ms(this.before(position.links));
    for (const t of fresh) if (ms(t.startTime) - LINK_SLACK_MS < windowStart) logged.delete(t.id);
    const created = await this.rows.insert((await this.facts.read(fresh, logged)).map(taskFromEngine));
    const freshIds = new Set(fresh.map((t) => t.id));
    const ended = await this.rows.finish(finished.filter((t) => !freshIds.has(t.id) && !this.ended.has(t.id)));
    const unseen = links.filter((l) => l.taskId && !freshIds.has(l.taskId) && !this.links.has(l.id));
    const changed = await applyLinkChanges(this.rows, this.facts, unseen);

    for (const t of latest.values()) this.held.add(t.id, t.startTime);
    for (const t of finished) this.ended.add(t.id, t.endTime!);
    for (const l of links) this.links.add(l.id, l.time);
    await this.advance({ started: newest(position.started, started.map((t) => t.startTime)), finished: newest(position.finished, finished.map((t) => t.endTime!)), links: newest(position.links, links.map((l) => l.time)) });
    return { created: created.length, ended: ended.length, changed };
  }

  private async advance(next: TaskFeedPosition): Promise<void> {
    const position = this.position!;
    if (next.started === position.started && next.finished === position.finished && next.links === position.links) return;
    await this.cursors.save(CURSOR_NAME, { ...next });
    this.position = next;
    const horizon = Math.min(...[next.started, next.finished, next.links].map((t) => fromEngineDate(t)?.getTime() ?? 0)) - this.options.overlapMs * 2;
    for (const recent of [this.held, this.ended, this.links]) recent.forgetBefore(horizon);
  }

  private before(time: string | null): string | undefined {
    const at = fromEngineDate(time);
    return at ? toEngineDate(new Date(at.getTime() - this.options.overlapMs)) : undefined;
  }

  private async readTasks(window: HistoricTaskQuery, by: 'startTime' | 'endTime'): Promise<HistoricTask[]> {
    const query = { ...window, sorting: [{ sortBy: by, sortOrder: 'asc' as const }, { sortBy: 'taskId' as const, sortOrder: 'asc' as const }] };
    return this.pages((page) => this.history.tasks(query, page));
  }

  private readLinks(dateAfter: string | undefined): Promise<HistoricIdentityLink[]> {
    return this.pages((page) => this.history.identityLinks({ dateAfter, sortBy: 'time', sortOrder: 'asc' }, page));
  }

  private async pages<T>(read: (page: { firstResult: number; maxResults: number }) => Promise<T[]>): Promise<T[]> {
    const all: T[] = [];
    const maxResults = this.options.pageSize;
    for (let firstResult = 0; ; firstResult += maxResults) {
      const page = await read({ firstResult, maxResults });
      all.push(...page);
      if (page.length < maxResults) return all;
    }
  }
}

function byTask(links: HistoricIdentityLink[]): Map<string, HistoricIdentityLink[]> {
  const map = new Map<string, HistoricIdentityLink[]>();
  for (const link of links) if (link.taskId) map.set(link.taskId, [...(map.get(link.taskId) ?? []), link]);
  return map;
}

const ms = (t: string | null | undefined) => fromEngineDate(t)?.getTime() ?? -Infinity;

function newest(current: string | null, times: string[]): string | null {
  return times.reduce((a, b) => (ms(b) > ms(a) ? b : a), current);
}
