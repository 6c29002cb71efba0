import { HistoricIdentityLink, HistoricTask, OperatonTaskHistory } from '../../../operaton/history-tasks';
import { OperatonRest } from '../../../operaton/rest';
import { EngineTask, OperatonTasks, Page, TaskQuery } from '../../../operaton/tasks';
import { ModelFormKeys } from './form-keys';
import { candidatesFromLog, EngineTaskFacts, variablesOfTask } from './task-row';

/** Ids per REST call: keeps request bodies and the engine's IN lists small. */
const CHUNK = 100;
const VARIABLE_PAGE = 2_000;

export const chunks = <T>(items: T[], size = CHUNK): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

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

  /** `links`: every identity-link change of these tasks since they began, oldest first; without it, read per task. */
  async read(tasks: HistoricTask[], links?: Map<string, HistoricIdentityLink[]>): Promise<EngineTaskFacts[]> {
    if (tasks.length === 0) return [];
    const runtime = await this.runtime(tasks.filter((t) => !t.endTime).map((t) => t.id));
    const variables = (await Promise.all(chunks([...new Set(tasks.map((t) => t.processInstanceId))], 50).map((ids) => this.variables(ids)))).flat();
    return Promise.all(
      tasks.map(async (history) => {
        const open = runtime.get(history.id);
        const log = links ? (links.get(history.id) ?? []) : await this.linksOf(history.id);
        return {
          history,
          runtime: open,
          variables: variablesOfTask(variables, history),
          candidates: candidatesFromLog(log),
          formKey: open ? open.formKey : await this.formKeys.formKeyOf(history.processDefinitionId, history.taskDefinitionKey),
        };
      }),
    );
  }

  async runtime(ids: string[]): Promise<Map<string, EngineTask>> {
    const found = (await Promise.all(chunks(ids).map((taskIdIn) => this.tasks.list({ taskIdIn })))).flat();
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
