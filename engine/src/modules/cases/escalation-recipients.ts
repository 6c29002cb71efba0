import { DataSource, In } from 'typeorm';
import { GroupMemberEntity, User, UserEntity } from '../identity/entities';
import { Task } from '../tasks/entities';
import { NotifiedPerson } from './escalation-entity';

/** Staff who work cases (the roles that may be urged or named responsible). */
const STAFF_ROLES = new Set(['admin', 'supervisor', 'agent']);

/** Whether the user's area scope covers a case (a case of no area is everyone's; an empty scope is the whole registry). */
export function covers(user: User, areaPath: string | null): boolean {
  if (user.roles.includes('admin') || !user.areaScope || user.areaScope.length === 0 || areaPath === null) return true;
  return user.areaScope.some((code) => areaPath.includes(`/${code}/`));
}

export const isStaff = (u: User) => u.active && u.roles.some((r) => STAFF_ROLES.has(r));

export type Reached = { user: User; as: NotifiedPerson['as'] };

/** 催办 reaches the open task's assignee; a task no one has claimed reaches its candidate users and the members of its candidate groups. */
export async function urgeRecipients(dataSource: DataSource, task: Task | null): Promise<Reached[]> {
  if (!task) return [];
  const users = dataSource.getRepository(UserEntity);
  if (task.assignee) {
    const assignee = await users.findOneBy({ username: task.assignee });
    return assignee?.active ? [{ user: assignee, as: 'assignee' }] : [];
  }
  const memberIds = task.candidateGroups.length ? (await dataSource.getRepository(GroupMemberEntity).findBy({ groupKey: In(task.candidateGroups) })).map((m) => m.userId) : [];
  const where = [...(memberIds.length ? [{ id: In(memberIds) }] : []), ...(task.candidateUsers.length ? [{ username: In(task.candidateUsers) }] : [])];
  const found = where.length ? await users.find({ where }) : [];
  return found.filter((u) => u.active).map((user) => ({ user, as: 'candidate' as const }));
}

/**
 * Who supervises a responsible person: the supervisors (值班长) of their groups; when no group of
 * theirs has one, the supervisors whose area scope covers the case. Never the person themself.
 */
export async function supervisorsOf(dataSource: DataSource, responsible: User, areaPath: string | null): Promise<User[]> {
  const members = dataSource.getRepository(GroupMemberEntity);
  const groups = (await members.findBy({ userId: responsible.id })).map((m) => m.groupKey);
  const peers = groups.length ? (await members.findBy({ groupKey: In(groups) })).map((m) => m.userId) : [];
  const users = await dataSource.getRepository(UserEntity).find({ where: { active: true } });
  const supervisors = users.filter((u) => u.id !== responsible.id && u.roles.includes('supervisor'));
  const ofGroup = supervisors.filter((u) => peers.includes(u.id));
  return ofGroup.length ? ofGroup : supervisors.filter((u) => covers(u, areaPath));
}
