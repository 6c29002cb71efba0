import { HistoricIdentityLink } from '../../../operaton/history-tasks';
import { audienceOf } from '../audience';
import { Task } from '../entities';
import { TaskFactsReader } from './facts';
import { OperatonTaskRows } from './rows';
import { candidatesFromLog } from './task-row';

/**
 * Claims, unclaims, assignments and candidate changes of tasks that already have a row. The log says
 * which tasks changed; their current assignee is read from the engine (several changes in one
 * millisecond have no order in the log), their candidates from their whole link log.
 */
export async function applyLinkChanges(rows: OperatonTaskRows, facts: TaskFactsReader, links: HistoricIdentityLink[]): Promise<number> {
  const touched = new Map<string, boolean>();
  for (const link of links) if (link.taskId) touched.set(link.taskId, (touched.get(link.taskId) ?? false) || link.type === 'candidate');
  if (touched.size === 0) return 0;
  // Ended tasks are not open any more: the ended-task feed settles their rows.
  const open = await facts.runtime([...touched.keys()]);
  let changed = 0;
  for (const [taskId, candidatesChanged] of touched) {
    const engine = open.get(taskId);
    const row = engine && (await rows.byKey(taskId));
    if (!engine || !row || row.status !== 'created') continue;
    const change: Partial<Task> = { assignee: engine.assignee ?? null };
    if (candidatesChanged) {
      const { groups, users } = candidatesFromLog(await facts.linksOf(taskId));
      Object.assign(change, { candidateGroups: groups, candidateUsers: users, audience: audienceOf(groups, users) });
    }
    if (await rows.change(row, change)) changed += 1;
  }
  return changed;
}
