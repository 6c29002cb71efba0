import { Actor } from '../audit/service';
import { ServiceUserSession } from '../connector-runtime/service-user';

/**
 * 转办件 open cases as the engine's own service user (unlimited area scope), as the switch does for
 * alarms; the audit actor and the timeline name the source (`handover:12345`).
 */
export class HandoverSystemUser extends ServiceUserSession {
  async actor(source: string, ip: string | null): Promise<Actor> {
    return { id: (await this.get()).id, username: `handover:${source}`, ip };
  }
}
