import crypto from 'node:crypto';
import { DataSource, LessThan, Repository } from 'typeorm';
import { errors } from '../../http/errors';
import { publicUser, PublicUser, Role, Session, SessionEntity, User, UserEntity } from './entities';
import { hashPassword, newToken, randomPassword, tokenId, verifyPassword } from './passwords';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

export class IdentityService {
  private readonly users: Repository<User>;
  private readonly sessions: Repository<Session>;

  constructor(
    dataSource: DataSource,
    private readonly sessionTtlMs: number,
  ) {
    this.users = dataSource.getRepository(UserEntity);
    this.sessions = dataSource.getRepository(SessionEntity);
  }

  async createUser(input: NewUser): Promise<PublicUser> {
    if (await this.users.existsBy({ username: input.username })) throw errors.conflict(`User ${input.username} already exists`);
    const now = new Date();
    const user: User = {
      id: crypto.randomUUID(),
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
      active: true,
      createdAt: now,
      updatedAt: now,
    };
    await this.users.insert(user);
    return publicUser(user);
  }

  /**
   * First start on an empty database: creates `admin`. Returns the password only when it was
   * generated, so the caller prints it once.
   */
  async ensureAdmin(password: string | undefined): Promise<{ created: boolean; generatedPassword?: string }> {
    if ((await this.users.count()) > 0) return { created: false };
    const chosen = password ?? randomPassword();
    await this.createUser({ username: 'admin', displayName: '系统管理员', password: chosen, roles: ['admin'] });
    return { created: true, generatedPassword: password === undefined ? chosen : undefined };
  }

  async login(username: string, password: string): Promise<{ token: string; user: PublicUser; expiresAt: Date }> {
    const user = await this.users.findOneBy({ username });
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok || !user.active) throw errors.invalidCredentials();
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    await this.sessions.insert({ id: tokenId(token), userId: user.id, createdAt: now, expiresAt });
    await this.sessions.delete({ expiresAt: LessThan(now) });
    return { token, user: publicUser(user), expiresAt };
  }

  /** The user behind a session token, if the session is live and the user still active. */
  async authenticate(token: string): Promise<PublicUser | undefined> {
    const session = await this.sessions.findOneBy({ id: tokenId(token) });
    if (!session || session.expiresAt.getTime() <= Date.now()) return undefined;
    const user = await this.users.findOneBy({ id: session.userId });
    return user?.active ? publicUser(user) : undefined;
  }

  async logout(token: string): Promise<void> {
    await this.sessions.delete({ id: tokenId(token) });
  }
}
