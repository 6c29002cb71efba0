import { ConnectorDescriptor, JobReport, jobInfo, jobType, runConnector, RunDeps } from '@careflow/connectors';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { Actor, AuditLog } from '../audit/service';
import { CaseTimeline } from '../cases/timeline';
import { LiveEvents } from '../live/events';
import { Incident, IncidentEntity } from './entities';
import type { OperatonRuntime } from '../../wiring/operaton';
import { AreaService } from '../areas/service';
import { PublicUser } from '../identity/entities';
import { openZeebeIncidents } from './open-list';
import type { IncidentFilter, IncidentView } from './operaton';

/** The supervisors' list filter as the route takes it (the user's scope is added here). */
export type IncidentListQuery = Omit<IncidentFilter, 'scope'>;

/** How the engine runs an in-process connector itself (an incident's retry): set once it listens. */
export interface ConnectorHost {
  run?: RunDeps;
}

const TIMELINE_TYPE = { complete: 'connector.completed', bpmnError: 'connector.bpmn_error', fail: 'connector.failed' } as const;

/**
 * What connectors did, on each case's timeline, and the jobs they gave up on as incidents that a
 * supervisor can retry (with corrected variables) from the case.
 */
export class IncidentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly timeline: CaseTimeline,
    private readonly live: LiveEvents,
    private readonly audit: AuditLog,
    private readonly connectors: ConnectorDescriptor[],
    private readonly holdMs: number,
    private readonly host: ConnectorHost,
    /** The supervisors' list is scoped by their areas. */
    private readonly areas: AreaService,
    /** Set when cases run on Operaton (CASE_PROCESS_ENGINE=operaton). */
    private readonly operaton?: OperatonRuntime,
  ) {}

  /** Open incidents of every case in the user's scope, oldest first: the supervisors' list. */
  async open(user: PublicUser, query: IncidentListQuery): Promise<{ incidents: (Incident | IncidentView)[]; total: number }> {
    const filter: IncidentFilter = { ...query, scope: await this.areas.scopeOf(user) };
    return this.operaton ? this.operaton.incidents.open(filter) : openZeebeIncidents(this.dataSource, filter);
  }

  /** Called by the connector runtime after every job. */
  async report(r: JobReport): Promise<void> {
    const caseId = typeof r.variables.caseId === 'string' ? r.variables.caseId : null;
    const { outcome } = r;
    const error = outcome.kind === 'complete' ? undefined : outcome.errorMessage;
    const code = outcome.kind === 'bpmnError' ? { errorCode: outcome.errorCode } : {};
    const notes = r.notes.length > 0 ? { notes: r.notes } : {};
    if (caseId) await this.timeline.record(caseId, TIMELINE_TYPE[outcome.kind], null, { jobType: r.jobType, elementId: r.job.elementId, ...code, ...(error ? { error } : {}), ...notes });
    // Operaton keeps its own incidents (retries out → an incident there): the report only tells the timeline.
    if (this.operaton) return;
    if (outcome.kind !== 'fail') return this.resolvedByWorker(r.job.key, caseId, r.variables);
    if (!r.parked) return;
    const failure = outcome.errorMessage;
    await this.dataSource.transaction(async (m) => {
      const incidents = m.getRepository(IncidentEntity);
      const existing = await incidents.findOneBy({ jobKey: r.job.key });
      if (existing) {
        await incidents.update({ jobKey: r.job.key }, { status: 'open', errorMessage: failure, attempts: existing.attempts + 1 });
      } else {
        const row: Incident = {
          jobKey: r.job.key,
          caseId,
          processInstanceKey: r.job.processInstanceKey,
          elementId: r.job.elementId,
          elementInstanceKey: r.job.elementInstanceKey,
          jobType: r.jobType,
          variables: r.variables,
          headers: r.job.headers,
          errorMessage: failure,
          status: 'open',
          attempts: 1,
          createdAt: new Date(),
          resolvedAt: null,
          resolvedBy: null,
        };
        await incidents.insert(asRow(row));
      }
      if (caseId) await this.timeline.record(caseId, 'incident.raised', null, { jobKey: r.job.key, elementId: r.job.elementId, error: failure }, m);
    });
    if (caseId) this.live.emit({ type: 'case.updated', caseId, status: 'open', change: 'incident.raised', areaPath: areaOf(r.variables) });
  }

  /** A held job a connector process of its own did after a retry: its incident is resolved. */
  private async resolvedByWorker(jobKey: string, caseId: string | null, variables: Record<string, unknown>): Promise<void> {
    const { affected } = await this.dataSource.getRepository(IncidentEntity).update({ jobKey, status: 'open' }, { status: 'resolved', resolvedAt: new Date() });
    if (!affected || !caseId) return;
    await this.timeline.record(caseId, 'incident.resolved', null, { jobKey });
    this.live.emit({ type: 'case.updated', caseId, status: 'open', change: 'incident.resolved', areaPath: areaOf(variables) });
  }

  /**
   * The connector runs in another process: the job goes back to Zeebe with one retry (and the
   * corrections on its scope), and the incident is resolved when that process reports success.
   */
  private async handBack(incident: Incident, corrections: Variables, actor: Actor & { id: string }): Promise<Incident> {
    try {
      if (Object.keys(corrections).length > 0) {
        await this.zeebe.setVariables({ elementInstanceKey: incident.elementInstanceKey, variables: toZeebeVariables(corrections), local: true });
      }
      await this.zeebe.failJob({ jobKey: incident.jobKey, retries: 1, retryBackOff: 0, errorMessage: `retried by ${actor.username}` });
    } catch (error) {
      if (grpcCode(error) === GrpcStatus.NOT_FOUND) throw errors.conflict(`The job of incident ${incident.jobKey} is no longer active (its case ended)`);
      throw errors.unavailable('Zeebe', error);
    }
    // Attempts are counted when the worker reports: a failure again raises them, success resolves it.
    const variables = { ...incident.variables, ...corrections };
    await this.dataSource.getRepository(IncidentEntity).update({ jobKey: incident.jobKey }, asRow<Incident>({ variables }));
    if (incident.caseId) await this.timeline.record(incident.caseId, 'incident.retried', actor, { jobKey: incident.jobKey });
    await this.audit.record(actor, { action: 'incident.retry', entityType: 'incident', entityId: incident.jobKey, after: { status: 'retrying', corrections } });
    return { ...incident, variables };
  }

  /** On Operaton, the engine's incidents of the case (IncidentView: today's fields and more). */
  forCase(caseId: string): Promise<Incident[] | IncidentView[]> {
    if (this.operaton) return this.operaton.incidents.forCase(caseId);
    return this.dataSource.getRepository(IncidentEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Runs the connector again on the held job, with corrected input if given: the corrections are set
   * on the service task's own scope, where its input mappings put what the connector reads. Success
   * or a BPMN error resolves the incident; another failure keeps it open.
   */
  async retry(caseId: string, jobKey: string, corrections: Variables, actor: Actor & { id: string }): Promise<Incident | IncidentView> {
    // Operaton gives the job or external task a retry itself; the connector (a worker) takes it again.
    if (this.operaton) return this.operaton.incidents.retry(caseId, jobKey, corrections, actor);
    const incidents = this.dataSource.getRepository(IncidentEntity);
    const incident = await incidents.findOneBy({ jobKey, caseId });
    if (!incident) throw errors.notFound(`Incident ${jobKey} of case ${caseId}`);
    if (incident.status !== 'open') throw errors.conflict(`Incident ${jobKey} is already resolved`);
    const descriptor = this.connectors.find((c) => jobType(c) === incident.jobType);
    if (!descriptor) return this.handBack(incident, corrections, actor);
    try {
      if (Object.keys(corrections).length > 0) {
        await this.zeebe.setVariables({ elementInstanceKey: incident.elementInstanceKey, variables: toZeebeVariables(corrections), local: true });
      }
      const variables = { ...incident.variables, ...corrections };
      if (!this.host.run) throw errors.unavailable('connectors', new Error('not started'));
      const job = jobInfo(descriptor, { ...incident, key: jobKey, retries: 1, customHeaders: incident.headers ?? {} });
      const { outcome } = await runConnector(descriptor, variables, job, this.host.run);
      if (outcome.kind === 'fail') {
        await this.zeebe.updateJobTimeout({ jobKey, timeout: this.holdMs });
        await incidents.update({ jobKey }, asRow<Incident>({ errorMessage: outcome.errorMessage, attempts: incident.attempts + 1, variables }));
        await this.timeline.record(caseId, 'incident.retry_failed', actor, { jobKey, error: outcome.errorMessage });
        return { ...incident, errorMessage: outcome.errorMessage, attempts: incident.attempts + 1, variables };
      }
      if (outcome.kind === 'complete') await this.zeebe.completeJob({ jobKey, variables: toZeebeVariables(outcome.variables as Variables) });
      else await this.zeebe.throwError({ jobKey, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage, variables: toZeebeVariables((outcome.variables ?? {}) as Variables) });
    } catch (error) {
      if (grpcCode(error) === GrpcStatus.NOT_FOUND) throw errors.conflict(`The job of incident ${jobKey} is no longer active (its case ended)`);
      throw errors.unavailable('Zeebe', error);
    }
    const resolved: Incident = { ...incident, status: 'resolved', resolvedAt: new Date(), resolvedBy: actor.id };
    await incidents.update({ jobKey }, { status: 'resolved', resolvedAt: resolved.resolvedAt, resolvedBy: actor.id });
    await this.timeline.record(caseId, 'incident.resolved', actor, { jobKey });
    await this.audit.record(actor, { action: 'incident.retry', entityType: 'incident', entityId: jobKey, after: { status: 'resolved', corrections } });
    this.live.emit({ type: 'case.updated', caseId, status: 'open', change: 'incident.resolved', areaPath: areaOf(incident.variables) });
    return resolved;
  }
}

/** The case's area as the process carries it (caseAreaPath), for area-scoped live events. */
const areaOf = (variables: Record<string, unknown>) => (typeof variables.caseAreaPath === 'string' ? variables.caseAreaPath : null);
