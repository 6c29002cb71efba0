import type { NotificationView } from '@careflow/contracts';
import crypto from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { errors, FieldProblem } from '../../http/errors';
import { GroupEntity, GroupMemberEntity, User, UserEntity } from '../identity/entities';
import { LiveEvents } from '../../live/events';
import { Notification, NotificationEntity, NotificationLevel } from './entities';

export interface NewNotification {
  key: string;
  caseId?: string;
  /** Usernames. */
  users?: string[];
  /** Group keys: every active member gets one. */
  groups?: string[];
  /** Group keys: their members who are supervisors (the department's head) get one. */
  groupHeads?: string[];
  /** A path of the app the notice opens (e.g. /wallboard). */
  link?: string;
  title: string;
  body: string;
  level: NotificationLevel;
}

/** Who got it, with the phone for an SMS copy (null when the user has none). */
export interface Recipient {
  userId: string;
  username: string;
  displayName: string;
  phone: string | null;
}

export type { NotificationView } from '@careflow/contracts';
const view = ({ key: _key, ...rest }: Notification): NotificationView => rest;

/** In-app notifications to users and groups, pushed live to whoever is online. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
  ) {}

  async send(input: NewNotification): Promise<{ notifications: NotificationView[]; recipients: Recipient[]; repeated: boolean }> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const earlier = await repo.findBy({ key: input.key });
    if (earlier.length > 0) return { notifications: earlier.map(view), recipients: await this.recipientsOf(earlier.map((n) => n.userId)), repeated: true };
    const users = await this.resolve(input.users ?? [], input.groups ?? [], input.groupHeads ?? []);
    const now = new Date();
    const rows: Notification[] = users.map((u) => ({ id: crypto.randomUUID(), key: input.key, userId: u.id, caseId: input.caseId ?? null, link: input.link ?? null, title: input.title, body: input.body, level: input.level, readAt: null, createdAt: now }));
    try {
      await this.dataSource.transaction((m) => m.getRepository(NotificationEntity).insert(rows.map((r) => asRow(r))));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await repo.findBy({ key: input.key });
      return { notifications: winner.map(view), recipients: await this.recipientsOf(winner.map((n) => n.userId)), repeated: true };
    }
    // After the commit: a browser told of it can read it at once.
    for (const n of rows) this.live.emit({ type: 'notification.created', userId: n.userId, notification: view(n) });
    return { notifications: rows.map(view), recipients: users.map(recipient), repeated: false };
  }

  /** The active users named, the active members of the groups and the supervisors among the heads' groups, once each; an unknown name is a 400. */
  private async resolve(usernames: string[], groups: string[], headsOf: string[]): Promise<User[]> {
    const problems: FieldProblem[] = [];
    const named = usernames.length ? await this.dataSource.getRepository(UserEntity).findBy({ username: In(usernames) }) : [];
    usernames.forEach((name, i) => {
      if (!named.some((u) => u.username === name)) problems.push({ path: `users.${i}`, message: `no user ${name}` });
    });
    const allGroups = [...new Set([...groups, ...headsOf])];
    const known = allGroups.length ? await this.dataSource.getRepository(GroupEntity).findBy({ key: In(allGroups) }) : [];
    for (const [path, keys] of [['groups', groups], ['groupHeads', headsOf]] as const) {
      keys.forEach((key, i) => {
        if (!known.some((g) => g.key === key)) problems.push({ path: `${path}.${i}`, message: `no group ${key}` });
      });
    }
    if (problems.length > 0) throw errors.invalidInput(problems, 'Unknown recipients');
    const members = await this.membersOf(groups);
    const heads = (await this.membersOf(headsOf)).filter((u) => u.roles.includes('supervisor'));
    const all = new Map([...named, ...members, ...heads].filter((u) => u.active).map((u) => [u.id, u]));
    if (all.size === 0) throw errors.invalidInput([{ path: 'users', message: 'no active recipient: name users or groups with active members' }]);
    return [...all.values()].sort((a, b) => a.username.localeCompare(b.username));
  }

  private async membersOf(groups: string[]): Promise<User[]> {
    const memberIds = groups.length ? (await this.dataSource.getRepository(GroupMemberEntity).findBy({ groupKey: In(groups) })).map((m) => m.userId) : [];
    return memberIds.length ? this.dataSource.getRepository(UserEntity).findBy({ id: In(memberIds) }) : [];
  }

  private async recipientsOf(userIds: string[]): Promise<Recipient[]> {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In(userIds) });
    return users.sort((a, b) => a.username.localeCompare(b.username)).map(recipient);
  }

  /** Mine, unread first, then newest first. */
  async mine(userId: string, limit = 50): Promise<{ notifications: NotificationView[]; unread: number }> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const page = (read: boolean) =>
      repo
        .createQueryBuilder('n')
        .where(`n.userId = :userId AND n.readAt IS ${read ? 'NOT ' : ''}NULL`, { userId })
        .orderBy('n.createdAt', 'DESC')
        .addOrderBy('n.id', 'ASC')
        .take(limit)
        .getManyAndCount();
    const [[unread, count], [read]] = await Promise.all([page(false), page(true)]);
    return { notifications: [...unread, ...read].slice(0, limit).map(view), unread: count };
  }

  /** Marks one of mine read; someone else's is "not found". */
  async markRead(id: string, userId: string): Promise<NotificationView> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const row = await repo.findOneBy({ id, userId });
    if (!row) throw errors.notFound(`Notification ${id}`);
    if (!row.readAt) {
      row.readAt = new Date();
      await repo.update({ id }, { readAt: row.readAt });
    }
    return view(row);
  }
}

const recipient = (u: User): Recipient => ({ userId: u.id, username: u.username, displayName: u.displayName, phone: (u as User & { phone?: string | null }).phone ?? null });
