import { chunks } from '../../../lists';
import { HistoricIdentityLink, HistoricTask, OperatonTaskHistory } from '../../../operaton/history-tasks';
import { OperatonRest } from '../../../operaton/rest';
import { EngineTask, OperatonTasks, Page, TaskQuery } from '../../../operaton/tasks';
import { ModelFormKeys } from './form-keys';
import { candidatesFromLog, EngineTaskFacts, variablesOfTask } from './task-row';

/** Ids per REST call: keeps request bodies and the engine's IN lists small. */
const CHUNK = 100;
const VARIABLE_PAGE = 2_000;
const PARALLEL = 8;


/**
 * Gathers what a task row needs with a few batched calls: the open tasks (form key, follow-up
 * date, current assignee) and the process variables of their instances (running or ended), with
 * candidates from the identity-link log the caller already read (else per task).
 */
export class TaskFactsReader {
  private readonly tasks: OperatonTasks;
  private readonly history: OperatonTaskHistory;
  private readonly formKeys: ModelFormKeys;

  constructor(rest: OperatonRest) {
    this.tasks = new OperatonTasks(rest);
    this.history = new OperatonTaskHistory(rest);
    this.formKeys = new ModelFormKeys(rest);
  }

  /** `links`: identity-link changes by task, oldest first; a task with none there has its own read. */
  async read(tasks: HistoricTask[], links?: Map<string, HistoricIdentityLink[]>): Promise<EngineTaskFacts[]> {
    if (tasks.length === 0) return [];
    const [runtime, variables] = await Promise.all([
      this.runtime(tasks.filter((t) => !t.endTime).map((t) => t.id)),
      Promise.all(chunks([...new Set(tasks.map((t) => t.processInstanceId))], 50).map((ids) => this.variables(ids))).then((parts) => parts.flat()),
    ]);
    const facts: EngineTaskFacts[] = [];
    // Per-task reads (links without a log, form keys of ended tasks) a few at a time: a first start may meet thousands.
    for (const part of chunks(tasks, PARALLEL)) {
      facts.push(
        ...(await Promise.all(
          part.map(async (history) => {
            const open = runtime.get(history.id);
            const log = links?.get(history.id) ?? (await this.linksOf(history.id));
            return {
              history,
              runtime: open,
              variables: variablesOfTask(variables, history),
              candidates: candidatesFromLog(log),
              formKey: open ? open.formKey : await this.formKeys.formKeyOf(history.processDefinitionId, history.taskDefinitionKey),
            };
          }),
        )),
      );
    }
    return facts;
  }

  async runtime(ids: string[]): Promise<Map<string, EngineTask>> {
    const found = (await Promise.all(chunks(ids, CHUNK).map((taskIdIn) => this.tasks.list({ taskIdIn })))).flat();
    return new Map(found.map((t) => [t.id, t]));
  }

  list(query: TaskQuery, page: Page): Promise<EngineTask[]> {
    return this.tasks.list(query, page);
  }

  linksOf(taskId: string): Promise<HistoricIdentityLink[]> {
    return this.history.identityLinks({ taskId, sortBy: 'time', sortOrder: 'asc' });
  }

  private async variables(processInstanceIds: string[]) {
    const all = [];
    for (let firstResult = 0; ; firstResult += VARIABLE_PAGE) {
      const page = await this.history.variables(processInstanceIds, { firstResult, maxResults: VARIABLE_PAGE });
      all.push(...page);
      if (page.length < VARIABLE_PAGE) return all;
    }
  }
}
