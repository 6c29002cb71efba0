import type { ButtonRoute } from './alarm-buttons';
import { DataSource } from 'typeorm';
import { Logger } from '../../../logger';
import { Actor } from '../../audit/service';
import { AreaService } from '../../areas/service';
import { CaseService } from '../../cases/service';
import { CaseTimeline } from '../../cases/timeline';
import { ServiceUserSession } from '../../connector-runtime/service-user';
import { lookupElders } from '../../elders/lookup';
import { LiveEvents } from '../../../live/events';
import type { TaskService } from '../../tasks/service';
import { AgentService } from '../agents/service';
import { Distributor } from './distribution';
import { Match } from './pop-view';

export interface InboundDeps {
  dataSource: DataSource;
  live: LiveEvents;
  areas: AreaService;
  cases: CaseService;
  timeline: CaseTimeline;
  agents: AgentService;
  distributor: Distributor;
  logger: Logger;
  /** The alarm service type, the repeat window, and what each pager button opens. */
  alarm: { serviceType: string; dedupSeconds: number; buttons: Map<string, ButtonRoute> };
  /** Claims an alarm's first task for the agent who takes it (none in tests that leave tasks out). */
  tasks?: TaskService | null;
}

/** Where an event came from: a switch (signed) or the simulator. */
export interface Source {
  switchId: string;
  ip: string | null;
}

/**
 * The switch acts as the engine's own service user (`connectors`, unlimited area scope): cases an
 * alarm or IVR key opens have it as `openedBy`, and the audit actor names the switch
 * (`switch:<id>`). Its role may not be among a type's startRoles: system opens skip that check.
 */
export class SystemIdentity extends ServiceUserSession {
  constructor(
    private readonly db: DataSource,
    private readonly areas: AreaService,
  ) {
    super(db);
  }

  async actor(source: Source): Promise<Actor> {
    return { id: (await this.get()).id, username: `switch:${source.switchId}`, ip: source.ip };
  }

  /** The elders behind a device id or a phone number (elder, relative or terminal), best match first. */
  async identify(query: { deviceId: string } | { phone: string }): Promise<Match[]> {
    try {
      const { matches } = await lookupElders(this.db, this.areas, await this.get(), query);
      return matches.map((m) => ({ elderId: m.elder.id, matchedBy: m.matchedBy, via: (m as { via?: string }).via ?? null }));
    } catch {
      return []; // a number the lookup cannot read is an unknown caller
    }
  }
}
