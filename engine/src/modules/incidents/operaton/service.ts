import { DataSource, In } from 'typeorm';
import { errors } from '../../../http/errors';
import { OperatonHistory } from '../../../operaton/history';
import { OperatonIncident, OperatonIncidents } from '../../../operaton/incidents';
import { ProcessEngineRejection } from '../../../operaton/rest';
import { Variables } from '../../../operaton/json';
import { AreaScope, inScope } from '../../areas/scope';
import { Actor, AuditLog } from '../../audit/service';
import { Case, CaseEntity } from '../../cases/entities';
import { CaseTimeline } from '../../cases/timeline';
import { LiveEvents } from '../../../live/events';
import { IncidentViews } from './incident-views';
import { fromRuntime, IncidentKind, IncidentView } from './view';

export interface IncidentFilter {
  kind?: IncidentKind;
  /** failedJob or failedExternalTask */
  incidentType?: string;
  serviceType?: string;
  /** An area path the supervisor picked: only cases under it. */
  area?: string;
  /** The user's area scope (null: not limited). Incidents of no case are seen only without a limit. */
  scope: AreaScope;
  page: number;
  pageSize: number;
}

const VARIABLE_NAME = /^[A-Za-z_][\w]{0,63}$/;

/**
 * Incidents of every kind, from the engine: failed connectors (external tasks out of retries), and
 * failed jobs (timers, async continuations, expressions they evaluate). Shown on the case and to
 * supervisors; retried with corrected variables, which resolves the incident in the engine and lets
 * the job executor or a connector take the step again.
 */
export class OperatonIncidentService {
  private readonly views: IncidentViews;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: OperatonIncidents,
    history: OperatonHistory,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditLog,
    private readonly live: LiveEvents,
  ) {
    this.views = new IncidentViews(engine, history);
  }

  async forCase(caseId: string): Promise<IncidentView[]> {
    const found = await this.caseOf(caseId);
    return this.views.ofCase(found, await this.retriers(caseId));
  }

  /** Open incidents across all cases, oldest first, for supervisors. */
  async open(filter: IncidentFilter): Promise<{ incidents: IncidentView[]; total: number }> {
    const open = await this.engine.list({ incidentType: filter.incidentType });
    const keys = await this.engine.businessKeys([...new Set(open.map((i) => i.processInstanceId))]);
    const numbers = [...new Set([...keys.values()].filter((k): k is string => Boolean(k)))];
    const cases = numbers.length > 0 ? await this.dataSource.getRepository(CaseEntity).findBy({ caseNumber: In(numbers) }) : [];
    const byNumber = new Map(cases.map((c) => [c.caseNumber, c]));
    const matching: { incident: OperatonIncident; found: Case | null }[] = [];
    for (const incident of open) {
      const found = byNumber.get(keys.get(incident.processInstanceId) ?? '') ?? null;
      if (!visible(found, filter)) continue;
      if (filter.kind && (await this.views.kindOf(fromRuntime(incident))).kind !== filter.kind) continue;
      matching.push({ incident, found });
    }
    const page = matching.slice((filter.page - 1) * filter.pageSize, filter.page * filter.pageSize);
    const views = await Promise.all(page.map(({ incident, found }) => this.views.ofJob(incident.processInstanceId, incident.configuration ?? incident.id, found, null)));
    return { incidents: views.filter((v): v is IncidentView => v !== undefined), total: matching.length };
  }

  /**
   * Sets the corrections (on the connector's own execution, where its inputs are; on the instance for
   * a job, whose expressions read the instance's variables), then gives the job or external task one
   * retry. The engine resolves the incident at once; a failure again raises a new one (attempts + 1).
   */
  async retry(caseId: string, jobKey: string, corrections: Variables, actor: Actor & { id: string }): Promise<IncidentView> {
    const found = await this.caseOf(caseId);
    const bad = Object.keys(corrections).filter((name) => !VARIABLE_NAME.test(name));
    if (bad.length > 0) throw errors.invalidInput(bad.map((name) => ({ path: `variables.${name}`, message: 'a variable name: letters, digits and _, not starting with a digit' })));
    const instances = await this.engine.instancesByBusinessKey(found.caseNumber);
    const incident = (await Promise.all(instances.map((id) => this.engine.list({ processInstanceId: id })))).flat().find((i) => i.configuration === jobKey);
    if (!incident) {
      const known = (await this.views.ofCase(found, new Map())).some((v) => v.jobKey === jobKey);
      throw known ? errors.conflict(`Incident ${jobKey} is no longer open`) : errors.notFound(`Incident ${jobKey} of case ${found.caseNumber}`);
    }
    try {
      if (incident.incidentType === 'failedExternalTask') {
        if (Object.keys(corrections).length > 0) await this.engine.setExecutionLocalVariables(incident.executionId, corrections);
        await this.engine.setExternalTaskRetries(jobKey, 1);
      } else if (incident.incidentType === 'failedJob') {
        if (Object.keys(corrections).length > 0) await this.engine.setInstanceVariables(incident.processInstanceId, corrections);
        await this.engine.setJobRetries(jobKey, 1);
      } else {
        throw errors.conflict(`Incident ${jobKey} (${incident.incidentType}) cannot be retried from CareFlow`);
      }
    } catch (error) {
      if (error instanceof ProcessEngineRejection && error.status === 404) throw errors.conflict(`The step of incident ${jobKey} is no longer there (its case moved on or ended)`);
      throw error;
    }
    const data = { jobKey, incidentId: incident.id, elementId: incident.failedActivityId ?? incident.activityId, corrected: Object.keys(corrections) };
    await this.timeline.record(caseId, 'incident.retried', actor, data);
    await this.audit.record(actor, { action: 'incident.retry', entityType: 'incident', entityId: jobKey, after: { corrections } });
    this.live.emit({ type: 'case.updated', caseId, status: found.status, change: 'incident.retried', areaPath: found.areaPath });
    const view = await this.views.ofJob(incident.processInstanceId, jobKey, found, actor.id);
    if (!view) throw new Error(`incident ${incident.id} is missing from the engine's history`);
    return view;
  }

  private async caseOf(caseId: string): Promise<Case> {
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: caseId });
    if (!found) throw errors.notFound(`Case ${caseId}`);
    return found;
  }

  /** Who last retried each job of the case (CareFlow's own record: the engine does not know the user). */
  private async retriers(caseId: string): Promise<Map<string, string>> {
    const retried = (await this.timeline.list(caseId)).filter((e) => e.type === 'incident.retried' && e.actorId);
    return new Map(retried.map((e) => [String(e.data?.jobKey), e.actorId as string]));
  }
}

/** Whether a case's incident passes the list's filter and the user's scope. */
export function visible(found: Pick<Case, 'areaPath' | 'serviceTypeKey'> | null, filter: Omit<IncidentFilter, 'page' | 'pageSize'>): boolean {
  if (!found) return filter.scope === null && !filter.area && !filter.serviceType;
  if (found.areaPath !== null && !inScope(filter.scope, found.areaPath)) return false;
  if (filter.area && !(found.areaPath ?? '').startsWith(filter.area)) return false;
  return !filter.serviceType || found.serviceTypeKey === filter.serviceType;
}
