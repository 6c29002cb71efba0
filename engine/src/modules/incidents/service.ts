import { Variables } from '../../operaton/json';
import { Actor } from '../audit/service';
import type { OperatonRuntime } from '../../kernel/operaton';
import { AreaService } from '../areas/service';
import { PublicUser } from '../identity/entities';
import type { IncidentFilter, IncidentView } from './operaton';

/** The supervisors' list filter as the route takes it (the user's scope is added here). */
export type IncidentListQuery = Omit<IncidentFilter, 'scope'>;

/**
 * The process engine's incidents (a connector out of retries, a failed timer or async step) that a
 * supervisor can retry with corrected variables. (What each connector job did goes on the case
 * timeline through connector-runtime's reports.)
 */
export class IncidentService {
  constructor(
    /** The supervisors' list is scoped by their areas. */
    private readonly areas: AreaService,
    private readonly operaton: Pick<OperatonRuntime, 'incidents'>,
  ) {}

  /** Open incidents of every case in the user's scope, oldest first: the supervisors' list. */
  async open(user: PublicUser, query: IncidentListQuery): Promise<{ incidents: IncidentView[]; total: number }> {
    return this.operaton.incidents.open({ ...query, scope: await this.areas.scopeOf(user) });
  }

  /** The engine's incidents of the case. */
  forCase(caseId: string): Promise<IncidentView[]> {
    return this.operaton.incidents.forCase(caseId);
  }

  /** The engine gives the job or external task a retry, with the corrections on its scope; a connector (a worker) takes it again. */
  retry(caseId: string, incidentId: string, corrections: Variables, actor: Actor & { id: string }): Promise<IncidentView> {
    return this.operaton.incidents.retry(caseId, incidentId, corrections, actor);
  }
}
