import { JobReport } from '@careflow/connectors';
import { Variables } from '../../operaton/json';
import { Actor } from '../audit/service';
import { CaseTimeline } from '../cases/timeline';
import type { OperatonRuntime } from '../../wiring/operaton';
import { AreaService } from '../areas/service';
import { PublicUser } from '../identity/entities';
import type { IncidentFilter, IncidentView } from './operaton';

/** The supervisors' list filter as the route takes it (the user's scope is added here). */
export type IncidentListQuery = Omit<IncidentFilter, 'scope'>;

const TIMELINE_TYPE = { complete: 'connector.completed', bpmnError: 'connector.bpmn_error', fail: 'connector.failed' } as const;

/**
 * What connectors did, on each case's timeline, and the process engine's incidents (a connector out
 * of retries, a failed timer or async step) that a supervisor can retry with corrected variables.
 */
export class IncidentService {
  constructor(
    private readonly timeline: CaseTimeline,
    /** The supervisors' list is scoped by their areas. */
    private readonly areas: AreaService,
    private readonly operaton: Pick<OperatonRuntime, 'incidents'>,
  ) {}

  /** Open incidents of every case in the user's scope, oldest first: the supervisors' list. */
  async open(user: PublicUser, query: IncidentListQuery): Promise<{ incidents: IncidentView[]; total: number }> {
    return this.operaton.incidents.open({ ...query, scope: await this.areas.scopeOf(user) });
  }

  /**
   * Called by the connector runtime after every external task: the case's timeline hears of it. The
   * engine keeps the incidents itself (retries out → an incident there).
   */
  async report(r: JobReport): Promise<void> {
    const caseId = typeof r.variables.caseId === 'string' ? r.variables.caseId : null;
    if (!caseId) return;
    const { outcome } = r;
    const error = outcome.kind === 'complete' ? undefined : outcome.errorMessage;
    const code = outcome.kind === 'bpmnError' ? { errorCode: outcome.errorCode } : {};
    const notes = r.notes.length > 0 ? { notes: r.notes } : {};
    await this.timeline.record(caseId, TIMELINE_TYPE[outcome.kind], null, { jobType: r.jobType, elementId: r.job.elementId, ...code, ...(error ? { error } : {}), ...notes });
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
