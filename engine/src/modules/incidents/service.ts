import { ConnectorDescriptor, JobReport, jobType, runConnector } from '@careflow/connectors';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { Actor, AuditLog } from '../audit/service';
import { CaseTimeline } from '../cases/timeline';
import { LiveEvents } from '../live/events';
import { Incident, IncidentEntity } from './entities';

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
  ) {}

  /** Called by the connector runtime after every job. */
  async report(r: JobReport): Promise<void> {
    const caseId = typeof r.variables.caseId === 'string' ? r.variables.caseId : null;
    const { outcome } = r;
    const error = outcome.kind === 'complete' ? undefined : outcome.errorMessage;
    if (caseId) await this.timeline.record(caseId, TIMELINE_TYPE[outcome.kind], null, { jobType: r.jobType, elementId: r.job.elementId, ...(error ? { error } : {}) });
    if (!r.parked || !error) return;
    await this.dataSource.transaction(async (m) => {
      const incidents = m.getRepository(IncidentEntity);
      const existing = await incidents.findOneBy({ jobKey: r.job.key });
      if (existing) {
        await incidents.update({ jobKey: r.job.key }, { status: 'open', errorMessage: error, attempts: existing.attempts + 1 });
      } else {
        const row: Incident = {
          jobKey: r.job.key,
          caseId,
          processInstanceKey: r.job.processInstanceKey,
          elementId: r.job.elementId,
          elementInstanceKey: r.job.elementInstanceKey,
          jobType: r.jobType,
          variables: r.variables,
          errorMessage: error,
          status: 'open',
          attempts: 1,
          createdAt: new Date(),
          resolvedAt: null,
          resolvedBy: null,
        };
        await incidents.insert(asRow(row));
      }
      if (caseId) await this.timeline.record(caseId, 'incident.raised', null, { jobKey: r.job.key, elementId: r.job.elementId, error }, m);
    });
    if (caseId) this.live.emit({ type: 'case.updated', caseId, status: 'open', change: 'incident.raised', areaPath: areaOf(r.variables) });
  }

  forCase(caseId: string): Promise<Incident[]> {
    return this.dataSource.getRepository(IncidentEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Runs the connector again on the held job, with corrected input if given: the corrections are set
   * on the service task's own scope, where its input mappings put what the connector reads. Success
   * or a BPMN error resolves the incident; another failure keeps it open.
   */
  async retry(caseId: string, jobKey: string, corrections: Variables, actor: Actor & { id: string }): Promise<Incident> {
    const incidents = this.dataSource.getRepository(IncidentEntity);
    const incident = await incidents.findOneBy({ jobKey, caseId });
    if (!incident) throw errors.notFound(`Incident ${jobKey} of case ${caseId}`);
    if (incident.status !== 'open') throw errors.conflict(`Incident ${jobKey} is already resolved`);
    const descriptor = this.connectors.find((c) => jobType(c) === incident.jobType);
    if (!descriptor) throw errors.conflict(`No connector for ${incident.jobType} runs in this engine`);
    try {
      if (Object.keys(corrections).length > 0) {
        await this.zeebe.setVariables({ elementInstanceKey: incident.elementInstanceKey, variables: toZeebeVariables(corrections), local: true });
      }
      const variables = { ...incident.variables, ...corrections };
      const job = { key: jobKey, processInstanceKey: incident.processInstanceKey, elementId: incident.elementId, elementInstanceKey: incident.elementInstanceKey, retries: 1, idempotencyKey: `${incident.jobType}/${jobKey}` };
      const outcome = await runConnector(descriptor, variables, job);
      if (outcome.kind === 'fail') {
        await this.zeebe.updateJobTimeout({ jobKey, timeout: this.holdMs });
        await incidents.update({ jobKey }, asRow<Incident>({ errorMessage: outcome.errorMessage, attempts: incident.attempts + 1, variables }));
        await this.timeline.record(caseId, 'incident.retry_failed', actor, { jobKey, error: outcome.errorMessage });
        return { ...incident, errorMessage: outcome.errorMessage, attempts: incident.attempts + 1, variables };
      }
      if (outcome.kind === 'complete') await this.zeebe.completeJob({ jobKey, variables: toZeebeVariables(outcome.variables as Variables) });
      else await this.zeebe.throwError({ jobKey, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage });
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
