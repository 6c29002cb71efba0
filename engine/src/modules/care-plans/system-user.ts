import { DataSource } from 'typeorm';
import { Actor } from '../audit/service';
import { ensureConnectorUser } from '../connector-runtime/service-user';
import { CONNECTOR_USERNAME, PublicUser, publicUser, UserEntity } from '../identity/entities';

/** Who the engine is when it acts for care plans on its own (opens cases, applies rules, ends plans): the connectors' service user, in every area. */
export class SystemUser {
  private user: PublicUser | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<{ user: PublicUser; actor: Actor & { id: string } }> {
    if (!this.user) {
      await ensureConnectorUser(this.dataSource);
      this.user = publicUser(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ username: CONNECTOR_USERNAME }), []);
    }
    return { user: this.user, actor: { id: this.user.id, username: 'care-plan', ip: null } };
  }
}
