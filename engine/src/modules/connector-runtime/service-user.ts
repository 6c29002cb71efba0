import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { CONNECTOR_USERNAME, PublicUser, publicUser, User, UserEntity } from '../identity/entities';
import { hashPassword } from '../identity/passwords';

/** The name timelines and audit rows show for what connectors did (the UI is zh-CN). */
export const CONNECTOR_DISPLAY_NAME = '连接器服务';
/** The name the first releases gave it: renamed on start. */
const OLD_DISPLAY_NAME = 'Connectors';

/**
 * In-process connectors get sessions of this user without a password.
 * Creates the connectors' service user on first start, with a random password nobody knows: a
 * separate connector process is given a password by an admin (PUT /api/users/:id).
 */
export async function ensureConnectorUser(dataSource: DataSource): Promise<void> {
  const users = dataSource.getRepository(UserEntity);
  if (await users.existsBy({ username: CONNECTOR_USERNAME })) {
    await users.update({ username: CONNECTOR_USERNAME, displayName: OLD_DISPLAY_NAME }, { displayName: CONNECTOR_DISPLAY_NAME });
    return;
  }
  const now = new Date();
  const user: User = {
    id: crypto.randomUUID(),
    username: CONNECTOR_USERNAME,
    displayName: CONNECTOR_DISPLAY_NAME,
    passwordHash: await hashPassword(crypto.randomBytes(32).toString('base64url')),
    roles: ['connector'],
    active: true,
    failedLogins: 0,
    lockedUntil: null,
    passwordChangeRequired: false,
    areaScope: [],
    providerId: null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await users.insert(asRow(user));
  } catch (error) {
    // Another engine on the same database made it first.
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * The connectors' service user as the caller of what the engine does on its own (an alarm from the switch,
 * a 转办件): made on first use, then read once per process.
 */
export class ServiceUserSession {
  private user: PublicUser | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<PublicUser> {
    if (this.user) return this.user;
    await ensureConnectorUser(this.dataSource);
    const row = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ username: CONNECTOR_USERNAME });
    this.user = publicUser(row, []);
    return this.user;
  }
}

