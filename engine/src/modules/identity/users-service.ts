import { duplicateAs } from '../../db/errors';
import crypto from 'node:crypto';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { CONNECTOR_USERNAME, Group, GroupEntity, GroupMemberEntity, PublicUser, Role, User, UserEntity } from './entities';
import { passwordProblems } from './password-policy';
import { hashPassword, randomPassword, verifyPassword } from './passwords';
import { IdentityService } from './service';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  groups?: string[];
  areaScope?: string[];
  providerId?: string | null;
  phone?: string | null;
}

export type UserChanges = Partial<Pick<NewUser, 'displayName' | 'roles' | 'groups' | 'areaScope' | 'providerId' | 'phone'>> & { active?: boolean };

/** 400 naming each password rule broken; nothing is written. */
function refuseWeak(password: string, username: string, path: string): void {
  const problems = passwordProblems(password, username, path);
  if (problems.length > 0) throw errors.invalidInput(problems, 'The password does not meet the password rules');
}

/** Admin work on users and groups; every change is written with its audit entry. */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditLog,
    /** Users whose password an admin chose must change it first (service accounts never). */
    private readonly forceOwnPassword = false,
  ) {}

  private mustChange(roles: Role[]): boolean {
    return this.forceOwnPassword && !roles.includes('connector');
  }

  async list(): Promise<PublicUser[]> {
    return this.identity.views(await this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } }));
  }

  async get(id: string): Promise<PublicUser> {
    return this.identity.view(await this.find(id));
  }

  private async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw errors.notFound(`User ${id}`);
    return user;
  }

  async create(input: NewUser, actor: Actor): Promise<PublicUser> {
    refuseWeak(input.password, input.username, 'password');
    const now = new Date();
    const user: User = {
      id: crypto.randomUUID(),
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
      // The first admin (made by the system from the environment) chose nothing for anyone else.
      passwordChangeRequired: actor.id !== null && this.mustChange(input.roles),
      areaScope: input.areaScope ?? [],
      providerId: input.providerId ?? null,
      phone: input.phone ?? null,
      createdAt: now,
      updatedAt: now,
    };
    const taken = () => errors.conflict(`User ${input.username} already exists`);
    const created = this.dataSource.transaction(async (m) => {
      if (await m.getRepository(UserEntity).existsBy({ username: input.username })) throw taken();
      await m.getRepository(UserEntity).insert(asRow(user));
      await this.setGroups(m, user.id, input.groups ?? []);
      return { ...(await this.identity.views([user]))[0], groups: [...(input.groups ?? [])].sort() };
    });
    const view = await duplicateAs(created, taken);
    await this.audit.record(actor, { action: 'user.create', entityType: 'user', entityId: user.id, after: view });
    return view;
  }

  /**
   * First start on an empty database: creates `admin`. Returns the password only when it was
   * generated, so the caller prints it once.
   */
  async ensureAdmin(password: string | undefined): Promise<{ created: boolean; generatedPassword?: string }> {
    // The connectors' service user does not count: it is made on every first start.
    if ((await this.dataSource.getRepository(UserEntity).countBy({ username: Not(CONNECTOR_USERNAME) })) > 0) return { created: false };
    const chosen = password ?? randomPassword('admin');
    const system: Actor = { id: null, username: 'system', ip: null };
    await this.create({ username: 'admin', displayName: '系统管理员', password: chosen, roles: ['admin'] }, system);
    return { created: true, generatedPassword: password === undefined ? chosen : undefined };
  }

  async update(id: string, changes: UserChanges, actor: Actor): Promise<PublicUser> {
    const updated = await this.dataSource.transaction(async (m) => {
      const user = await this.find(id, m);
      const before = await this.identity.view(user);
      if (id === actor.id && (changes.active === false || (changes.roles && !changes.roles.includes('admin') && user.roles.includes('admin')))) {
        throw errors.conflict('You cannot deactivate yourself or remove your own admin role');
      }
      const { groups, ...columns } = changes;
      await m.getRepository(UserEntity).update({ id }, asRow<User>({ ...columns, updatedAt: new Date() }));
      if (groups) await this.setGroups(m, id, groups);
      if (changes.active === false) await this.identity.endSessions(id, m);
      const updated = await this.find(id, m);
      const memberGroups = groups ?? before.groups;
      const after = { ...(await this.identity.views([updated]))[0], groups: [...memberGroups].sort() };
      await this.audit.record(actor, { action: 'user.update', entityType: 'user', entityId: id, before, after }, m);
      return after;
    });
    // After the commit: a session checked meanwhile would otherwise keep the old roles and groups.
    this.identity.forgetUser(id);
    return updated;
  }

  /** An admin sets a new password: it also unlocks the account and ends its sessions. */
  async resetPassword(id: string, password: string, actor: Actor): Promise<void> {
    const target = await this.find(id);
    refuseWeak(password, target.username, 'password');
    const passwordHash = await hashPassword(password);
    const passwordChangeRequired = this.mustChange(target.roles);
    await this.dataSource.transaction(async (m) => {
      await this.find(id, m);
      await m.getRepository(UserEntity).update({ id }, asRow<User>({ passwordHash, failedLogins: 0, lockedUntil: null, passwordChangeRequired, updatedAt: new Date() }));
      await this.identity.endSessions(id, m);
      await this.audit.record(actor, { action: 'user.reset_password', entityType: 'user', entityId: id }, m);
    });
    this.identity.forgetUser(id);
  }

  /** A user changes their own password: every other session of theirs ends, the one they used stays. */
  async changeOwnPassword(userId: string, current: string, next: string, actor: Actor, keepToken: string | undefined): Promise<void> {
    const user = await this.find(userId);
    if (!(await verifyPassword(user.passwordHash, current))) throw errors.invalidInput([{ path: 'currentPassword', message: 'is wrong', code: 'password_wrong' }]);
    if (next === current) throw errors.invalidInput([{ path: 'newPassword', message: 'must differ from the current password', code: 'password_unchanged' }]);
    refuseWeak(next, user.username, 'newPassword');
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(UserEntity).update({ id: userId }, asRow<User>({ passwordHash, passwordChangeRequired: false, updatedAt: new Date() }));
      await this.identity.endSessions(userId, m, keepToken);
      await this.audit.record(actor, { action: 'user.change_password', entityType: 'user', entityId: userId }, m);
    });
    this.identity.forgetUser(userId);
  }

  async listGroups(): Promise<Group[]> {
    return this.dataSource.getRepository(GroupEntity).find({ order: { key: 'ASC' } });
  }

  async createGroup(input: { key: string; name: string }, actor: Actor): Promise<Group> {
    const group: Group = { ...input, createdAt: new Date() };
    const taken = () => errors.conflict(`Group ${input.key} already exists`);
    const created = this.dataSource.transaction(async (m) => {
      if (await m.getRepository(GroupEntity).existsBy({ key: input.key })) throw taken();
      await m.getRepository(GroupEntity).insert(group);
      await this.audit.record(actor, { action: 'group.create', entityType: 'group', entityId: group.key, after: { key: group.key, name: group.name } }, m);
    });
    await duplicateAs(created, taken);
    return group;
  }

  /** Replaces a user's groups; every group must exist. */
  private async setGroups(m: EntityManager, userId: string, groups: string[]): Promise<void> {
    const unique = [...new Set(groups)];
    const known = unique.length === 0 ? [] : await m.getRepository(GroupEntity).findBy({ key: In(unique) });
    const missing = unique.filter((g) => !known.some((k) => k.key === g));
    if (missing.length > 0) throw errors.invalidInput(missing.map((g) => ({ path: 'groups', message: `unknown group ${g}` })));
    await m.getRepository(GroupMemberEntity).delete({ userId });
    if (unique.length > 0) await m.getRepository(GroupMemberEntity).insert(unique.map((groupKey) => ({ userId, groupKey })));
  }
}
