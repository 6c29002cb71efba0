import { HistoricTask, OperatonTaskHistory } from '../../../operaton/history-tasks';
import { EngineTask, fromEngineDate } from '../../../operaton/tasks';
import { Task } from '../entities';
import { TaskFactsReader } from './facts';
import { OperatonTaskRows } from './rows';
import { taskFromEngine } from './task-row';

const PAGE = 1_000;
const PARALLEL = 8;

/** Rows left by Camunda 8 (before the move to Operaton) have decimal job keys: not the engine's to end. */
const isCamunda8Key = (key: string) => /^\d+$/.test(key);

export interface ReconcileReport {
  inserted: number;
  ended: number;
  updated: number;
}

/**
 * Compares every open task row with the engine's open tasks: a task open in the engine without a
 * row gets one, a row whose task the engine has ended is ended, and an open row whose assignee,
 * name, dates or priority drifted (changed outside the feed's reach) takes the engine's values.
 * Rows are read before the engine, so a command landing in between is seen as done, never undone.
 */
export async function reconcileOpenTasks(rows: OperatonTaskRows, history: OperatonTaskHistory, facts: TaskFactsReader, processDefinitionKeys?: string[]): Promise<ReconcileReport> {
  const openRows = (await rows.openRows()).filter((r) => !isCamunda8Key(r.jobKey));
  const engineOpen = await allOpenTasks(facts, processDefinitionKeys);
  const rowByKey = new Map(openRows.map((r) => [r.jobKey, r]));

  const missing = [...engineOpen.values()].filter((t) => !rowByKey.has(t.id));
  const missingHistory = await historiesOf(history, missing.map((t) => t.id));
  const inserted = await rows.insert((await facts.read(missingHistory)).map(taskFromEngine));

  const gone = openRows.filter((r) => !engineOpen.has(r.jobKey));
  const endedHistory = (await inBatches(gone, (r) => historyOf(history, r.jobKey))).filter((h): h is HistoricTask => !!h?.endTime);
  const ended = await rows.finish(endedHistory);

  let updated = 0;
  for (const row of openRows) {
    const engine = engineOpen.get(row.jobKey);
    if (engine && (await rows.change(row, driftOf(engine)))) updated += 1;
  }
  return { inserted: inserted.length, ended: ended.length, updated };
}

function driftOf(engine: EngineTask): Partial<Task> {
  const dueAt = fromEngineDate(engine.due);
  return { assignee: engine.assignee ?? null, name: engine.name ?? null, dueAt, dueMissing: dueAt ? 0 : 1, followUpAt: fromEngineDate(engine.followUp), enginePriority: engine.priority };
}

async function allOpenTasks(facts: TaskFactsReader, processDefinitionKeyIn?: string[]): Promise<Map<string, EngineTask>> {
  const open = new Map<string, EngineTask>();
  for (let firstResult = 0; ; firstResult += PAGE) {
    const page = await facts.list({ processDefinitionKeyIn, sorting: [{ sortBy: 'id', sortOrder: 'asc' }] }, { firstResult, maxResults: PAGE });
    for (const task of page) open.set(task.id, task);
    if (page.length < PAGE) return open;
  }
}

/** A few tasks one by one; many (a first start, a long outage) from one listing of the open ones. */
async function historiesOf(history: OperatonTaskHistory, ids: string[]): Promise<HistoricTask[]> {
  if (ids.length <= PAGE / 50) return (await inBatches(ids, (id) => historyOf(history, id))).filter((h): h is HistoricTask => h !== null);
  const wanted = new Set(ids);
  const found: HistoricTask[] = [];
  for (let firstResult = 0; ; firstResult += PAGE) {
    const page = await history.tasks({ unfinished: true, sorting: [{ sortBy: 'taskId', sortOrder: 'asc' }] }, { firstResult, maxResults: PAGE });
    found.push(...page.filter((t) => wanted.has(t.id)));
    if (page.length < PAGE) return found;
  }
}

async function historyOf(history: OperatonTaskHistory, taskId: string): Promise<HistoricTask | null> {
  return (await history.tasks({ taskId }))[0] ?? null;
}

async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL) out.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(work))));
  return out;
}
