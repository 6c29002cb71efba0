import { DataSource, In, IsNull, LessThan, LessThanOrEqual, Not, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { GroupMember, GroupMemberEntity, publicUser, PublicUser, Session, SessionEntity, User, UserEntity } from './entities';
import { newToken, tokenId, verifyPassword } from './passwords';

export interface LockoutPolicy {
  maxFailures: number;
  lockMs: number;
}

/**
 * How long a checked session is trusted without reading it again. Every API request checks its
 * session; this keeps that off the database. Logout, deactivation and changes to a user take
 * effect at once on this engine; another engine sharing the database sees them within this time.
 */
const SESSION_CHECK_MS = 5_000;
const SESSION_CHECKS_KEPT = 10_000;

const isLocked = (user: User, now: Date) => user.lockedUntil !== null && user.lockedUntil > now;

/** Logging in and out, sessions and bearer tokens, lock-out after repeated failures. */
export class IdentityService {
  private readonly checked = new Map<string, { user: PublicUser; sessionEnds: number; until: number }>();
  private readonly users: Repository<User>;
  private readonly sessions: Repository<Session>;
  private readonly members: Repository<GroupMember>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly sessionTtlMs: number,
    private readonly lockout: LockoutPolicy,
  ) {
    this.users = dataSource.getRepository(UserEntity);
    this.sessions = dataSource.getRepository(SessionEntity);
    this.members = dataSource.getRepository(GroupMemberEntity);
  }

  async view(user: User): Promise<PublicUser> {
    return (await this.views([user]))[0];
  }

  /** Users as the API shows them, with their groups (one query for all). */
  async views(users: User[]): Promise<PublicUser[]> {
    const members = users.length === 0 ? [] : await this.members.findBy({ userId: In(users.map((u) => u.id)) });
    return users.map((u) => publicUser(u, members.filter((m) => m.userId === u.id).map((m) => m.groupKey).sort()));
  }

  /**
   * Wrong password, unknown user, locked or inactive account: one answer (401 invalid_credentials)
   * after comparable work, so the answer tells neither which usernames exist nor which are locked.
   */
  async login(username: string, password: string, ip: string | null): Promise<{ token: string; user: PublicUser; expiresAt: Date }> {
    const user = await this.users.findOneBy({ username });
    const now = new Date();
    if (!user || isLocked(user, now)) {
      await verifyPassword(undefined, password); // the work a real check costs
      if (user) await this.audit.record({ id: null, username, ip }, { action: 'auth.login_refused_locked', entityType: 'user', entityId: user.id });
      else await this.audit.record({ id: null, username, ip }, { action: 'auth.login_failed', entityType: 'user', after: { username } });
      throw errors.invalidCredentials();
    }
    if (!(await verifyPassword(user.passwordHash, password)) || !user.active) {
      await this.countFailure(user, ip);
      throw errors.invalidCredentials();
    }
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    const opened = await this.dataSource.transaction(async (m) => {
      // Failures counted while this password was being checked may have locked the account: then it stays out.
      const notLocked = [{ id: user.id, lockedUntil: IsNull() }, { id: user.id, lockedUntil: LessThanOrEqual(new Date()) }];
      if (!(await m.getRepository(UserEntity).update(notLocked, asRow<User>({ failedLogins: 0, lockedUntil: null }))).affected) return false;
      await m.getRepository(SessionEntity).insert({ id: tokenId(token), userId: user.id, createdAt: now, expiresAt });
      await this.audit.record({ id: user.id, username: user.username, ip }, { action: 'auth.login', entityType: 'user', entityId: user.id }, m);
      return true;
    });
    if (!opened) {
      await this.audit.record({ id: null, username, ip }, { action: 'auth.login_refused_locked', entityType: 'user', entityId: user.id });
      throw errors.invalidCredentials();
    }
    await this.sessions.delete({ expiresAt: LessThan(now) });
    return { token, user: await this.view(user), expiresAt };
  }

  /**
   * Counts a failure in the database, not from the row read before: the increment holds the row's
   * lock (MariaDB) or runs alone (SQLite's queued transactions), so parallel attempts each see their
   * own count and the one that reaches the limit locks the account.
   */
  private async countFailure(user: User, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const users = m.getRepository(UserEntity);
      await users.increment({ id: user.id }, 'failedLogins', 1);
      const failures = (await users.findOneOrFail({ where: { id: user.id }, select: { id: true, failedLogins: true } })).failedLogins;
      const actor: Actor = { id: null, username: user.username, ip };
      await this.audit.record(actor, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { failures } }, m);
      if (failures < this.lockout.maxFailures) return;
      const lockedUntil = new Date(Date.now() + this.lockout.lockMs);
      await users.update({ id: user.id }, asRow<User>({ failedLogins: 0, lockedUntil }));
      await this.audit.record(actor, { action: 'auth.locked', entityType: 'user', entityId: user.id, after: { lockedUntil: lockedUntil.toISOString() } }, m);
    });
  }

  /**
   * A session for a service user the engine itself acts as (the in-process connectors): no
   * password, never routed. The user must exist and be active.
   */
  async openServiceSession(username: string): Promise<{ token: string; expiresAt: Date }> {
    const user = await this.users.findOneBy({ username, active: true });
    if (!user) throw new Error(`Service user ${username} does not exist or is inactive`);
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    await this.sessions.insert({ id: tokenId(token), userId: user.id, createdAt: now, expiresAt });
    return { token, expiresAt };
  }

  /** The user behind a session token, if the session is live and the user still active. */
  async authenticate(token: string): Promise<PublicUser | undefined> {
    const id = tokenId(token);
    const now = Date.now();
    const known = this.checked.get(id);
    if (known && known.until > now && known.sessionEnds > now) return known.user;
    this.checked.delete(id);
    const session = await this.sessions.findOneBy({ id });
    if (!session || session.expiresAt.getTime() <= now) return undefined;
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user?.active) return undefined;
    const view = await this.view(user);
    if (this.checked.size >= SESSION_CHECKS_KEPT) this.checked.delete(this.checked.keys().next().value as string);
    this.checked.set(id, { user: view, sessionEnds: session.expiresAt.getTime(), until: now + SESSION_CHECK_MS });
    return view;
  }

  /** A user changed (roles, groups, scope, active): their sessions are read again on the next request. */
  forgetUser(userId: string): void {
    for (const [id, entry] of this.checked) if (entry.user.id === userId) this.checked.delete(id);
  }

  async logout(token: string, actor: Actor): Promise<void> {
    this.checked.delete(tokenId(token));
    const { affected } = await this.sessions.delete({ id: tokenId(token) });
    if (affected) await this.audit.record(actor, { action: 'auth.logout', entityType: 'user', entityId: actor.id });
  }

  /** Ends every session of a user (password reset, deactivation), or every one but `keepToken`'s (own password change). */
  async endSessions(userId: string, manager = this.dataSource.manager, keepToken?: string): Promise<void> {
    this.forgetUser(userId);
    await manager.getRepository(SessionEntity).delete(keepToken ? { userId, id: Not(tokenId(keepToken)) } : { userId });
  }
}
