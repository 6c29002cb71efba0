import { Brackets, DataSource } from 'typeorm';
import { pageWindow } from '../../db/where';
import { PublicUser } from '../identity/entities';
import { Task, TaskEntity, TaskStatus } from './entities';

export const INBOX_VIEWS = ['visible', 'mine', 'groups', 'unassigned', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export interface InboxQuery {
  view: InboxView;
  status: TaskStatus;
  caseId?: string;
  serviceType?: string;
  processInstanceKey?: string;
  bpmnProcessId?: string;
  sort: 'priority' | 'due' | 'created';
  page: number;
  pageSize: number;
}

/** Supervisors and admins see every task in their scope; others see theirs and their groups'. */
export const seesAllTasks = (user: PublicUser) => user.roles.includes('admin') || user.roles.includes('supervisor');

/**
 * Whether a user may look at a task (and hear of its changes): supervisors and admins, its holder,
 * and its candidates even once someone holds it, so their inboxes can drop it.
 */
export function canSeeTask(task: Task, user: PublicUser): boolean {
  const noCandidates = task.candidateGroups.length === 0 && task.candidateUsers.length === 0;
  const candidate = noCandidates || task.candidateUsers.includes(user.username) || task.candidateGroups.some((g) => user.groups.includes(g));
  return seesAllTasks(user) || task.assignee === user.username || candidate;
}

/** Candidate lists are stored as JSON arrays: a quoted name inside them is a match on both dialects. */
function candidateOf(user: PublicUser): Brackets {
  return new Brackets((w) => {
    w.where('t.candidateUsers LIKE :meQuoted', { meQuoted: `%${JSON.stringify(user.username)}%` });
    user.groups.forEach((group, i) => w.orWhere(`t.candidateGroups LIKE :group${i}`, { [`group${i}`]: `%${JSON.stringify(group)}%` }));
    // A task that names no candidates is for every worker.
    w.orWhere(new Brackets((none) => none.where("t.candidateGroups = '[]'").andWhere("t.candidateUsers = '[]'")));
  });
}

/** The agent inbox: views, filters, emergencies first, then the nearest due time. */
export async function queryInbox(dataSource: DataSource, user: PublicUser, q: InboxQuery): Promise<{ tasks: Task[]; total: number }> {
  const qb = dataSource.getRepository(TaskEntity).createQueryBuilder('t').where('t.status = :status', { status: q.status });
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
  const count = qb.clone();
  // MariaDB/MySQL tend to pick the assignee index and sort every open task; walking the inbox index in
  // order stops after one page. Only without a selective filter, where another index is better.
  const selective = q.caseId || q.processInstanceKey || q.bpmnProcessId;
  if (dataSource.options.type === 'mysql' && q.sort === 'priority' && !selective) qb.useIndex('ix_tasks_inbox');
  const { skip, take } = pageWindow(q);
  const [tasks, total] = await Promise.all([qb.skip(skip).take(take).getMany(), count.getCount()]);
  return { tasks, total };
}
