import { Brackets, DataSource } from 'typeorm';
import { pageWindow } from '../../db/where';
import { AreaScope, inScope } from '../areas/scope';
import { PublicUser } from '../identity/entities';
import { audienceMember, EVERYONE } from './audience';
import type { InboxQuery } from '@careflow/contracts';
import { Task, TaskEntity } from './entities';

export { INBOX_VIEWS } from '@careflow/contracts';
export type { InboxQuery } from '@careflow/contracts';
export type InboxView = InboxQuery['view'];

/** Supervisors and admins see every task in their scope; others see theirs and their groups'. */
export const seesAllTasks = (user: PublicUser) => user.roles.includes('admin') || user.roles.includes('supervisor');

/**
 * Whether a user may look at a task (and hear of its changes): within their area scope, supervisors
 * and admins, its holder, and its candidates even once someone holds it, so their inboxes can drop it.
 */
export function canSeeTask(task: Pick<Task, 'candidateGroups' | 'candidateUsers' | 'assignee' | 'areaPath'>, user: PublicUser, scope: AreaScope): boolean {
  if (task.areaPath !== null && !inScope(scope, task.areaPath)) return false;
  const noCandidates = task.candidateGroups.length === 0 && task.candidateUsers.length === 0;
  const candidate = noCandidates || task.candidateUsers.includes(user.username) || task.candidateGroups.some((g) => user.groups.includes(g));
  return seesAllTasks(user) || task.assignee === user.username || candidate;
}

/** The user is one of the task's candidates, or the task names none: decided from the inbox index. */
function candidateOf(user: PublicUser): Brackets {
  return new Brackets((w) => {
    w.where("t.audience LIKE :meAudience ESCAPE '!'", { meAudience: audienceMember('u', user.username) });
    user.groups.forEach((group, i) => w.orWhere(`t.audience LIKE :group${i} ESCAPE '!'`, { [`group${i}`]: audienceMember('g', group) }));
    w.orWhere('t.audience = :everyone', { everyone: EVERYONE });
  });
}

/**
 * The inbox counts up to this many tasks and then says "more" (shown as 99+). Counting every
 * visible task means reading every open task's candidate lists; a page needs only its own rows.
 */
export const INBOX_COUNT_CAP = 100;

/**
 * A task as an inbox line: no process variables, results or drafts (they grow with the case and
 * every line would carry them); the task itself (GET /api/tasks/:id) has them.
 */
export type InboxTask = Omit<Task, 'variables' | 'result' | 'draft' | 'audience' | 'dueMissing'>;
const LINE_COLUMNS: (keyof InboxTask)[] = [
  'id', 'name', 'jobKey', 'caseId', 'caseNumber', 'processInstanceKey', 'processDefinitionKey', 'bpmnProcessId', 'elementId', 'elementInstanceKey', 'formKey', 'assignee',
  'candidateGroups', 'candidateUsers', 'dueAt', 'status', 'createdAt', 'completedAt', 'completedBy', 'priorityRank', 'serviceTypeKey', 'areaPath',
];

export interface InboxPage {
  tasks: InboxTask[];
  /** Exact up to INBOX_COUNT_CAP; when totalCapped, there are more than that. */
  total: number;
  totalCapped: boolean;
}

/** The agent inbox: views, filters, emergencies first, then the nearest due time. */
export async function queryInbox(dataSource: DataSource, user: PublicUser, scope: AreaScope, q: InboxQuery): Promise<InboxPage> {
  const qb = dataSource.getRepository(TaskEntity).createQueryBuilder('t').where('t.status = :status', { status: q.status });
  if (scope !== null) {
    // Tasks of cases without an elder belong to no area.
    qb.andWhere(new Brackets((w) => scope.reduce((b, prefix, i) => b.orWhere(`t.area_path LIKE :scope${i}`, { [`scope${i}`]: `${prefix}%` }), w.where('t.area_path IS NULL'))));
  }
  const me = { me: user.username };
  if (q.view === 'mine') qb.andWhere('t.assignee = :me', me);
  else if (q.view === 'unassigned') qb.andWhere('t.assignee IS NULL');
  else if (q.view === 'groups') qb.andWhere('t.assignee IS NULL').andWhere(candidateOf(user));
  if (!seesAllTasks(user) && q.view !== 'mine') {
    qb.andWhere(new Brackets((w) => w.where('t.assignee = :me', me).orWhere(new Brackets((free) => free.where('t.assignee IS NULL').andWhere(candidateOf(user))))));
  }
  if (q.caseId) qb.andWhere('t.caseId = :caseId', { caseId: q.caseId });
  if (q.serviceType) qb.andWhere('t.serviceTypeKey = :serviceType', { serviceType: q.serviceType });
  if (q.processInstanceKey) qb.andWhere('t.processInstanceKey = :pik', { pik: q.processInstanceKey });
  if (q.bpmnProcessId) qb.andWhere('t.bpmnProcessId = :bpid', { bpid: q.bpmnProcessId });
  if (q.sort === 'priority') qb.orderBy('t.priorityRank', 'ASC').addOrderBy('t.dueMissing', 'ASC').addOrderBy('t.dueAt', 'ASC');
  else if (q.sort === 'due') qb.orderBy('t.dueMissing', 'ASC').addOrderBy('t.dueAt', 'ASC');
  qb.addOrderBy('t.createdAt', 'ASC').addOrderBy('t.id', 'ASC');
  const counted = qb.clone().select('1').orderBy().limit(INBOX_COUNT_CAP + 1);
  // MariaDB/MySQL tend to pick the assignee index and sort every open task; walking the inbox index in
  // order stops after one page. Only without a selective filter, where another index is better.
  const selective = q.caseId || q.processInstanceKey || q.bpmnProcessId;
  if (dataSource.options.type === 'mysql' && q.sort === 'priority' && !selective) qb.useIndex('ix_tasks_inbox');
  const { skip, take } = pageWindow(q);
  const count = dataSource
    .createQueryBuilder()
    .select('COUNT(*)', 'n')
    .from(`(${counted.getQuery()})`, 'capped')
    .setParameters(counted.getParameters())
    .getRawOne<{ n: string | number }>();
  const [tasks, row] = await Promise.all([qb.select(LINE_COLUMNS.map((c) => `t.${c}`)).skip(skip).take(take).getMany(), count]);
  const found = Number(row?.n ?? 0);
  return { tasks, total: Math.min(found, INBOX_COUNT_CAP), totalCapped: found > INBOX_COUNT_CAP };
}
