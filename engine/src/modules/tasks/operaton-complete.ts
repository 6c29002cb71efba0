import { Variables } from '../../operaton/json';
import { Actor, AuditLog } from '../audit/service';
import { CaseTimeline } from '../cases/timeline';
import { PublicUser } from '../identity/entities';
import { Task } from './entities';
import type { OperatonTaskCommands } from './operaton/commands';

export interface CompletionRecords {
  timeline: CaseTimeline;
  audit: AuditLog;
}

/**
 * Completes a task of a case on Operaton, once the task service has checked who may and validated
 * the form. The engine decides first: a task it no longer has is a 409 and nothing in CareFlow
 * changes. Only then do the row, the timeline and the audit log take the completion, each once and
 * in one transaction; the completer then holds the task (it stays in their done list). The live
 * socket hears of it from the commands.
 */
export async function completeOnOperaton(commands: OperatonTaskCommands, records: CompletionRecords, task: Task, user: PublicUser, variables: Variables, actor: Actor): Promise<Task> {
  return commands.complete(task, variables, user, async (m) => {
    if (task.caseId) await records.timeline.record(task.caseId, 'task.completed', actor, { taskId: task.id, elementId: task.elementId, name: task.name }, m);
    await records.audit.record(actor, { action: 'task.complete', entityType: 'task', entityId: task.id, before: { status: task.status }, after: { status: 'completed', result: variables } }, m);
  });
}
