import { OperatonHistory } from '../../../operaton/history';
import { JobDefinition, OperatonIncidents } from '../../../operaton/incidents';
import { Case } from '../../cases/entities';
import { ElementCache } from './elements';
import { byJob, fromHistory, IncidentRecord, IncidentView, kindOf } from './view';

/**
 * Turns the engine's incidents into views: the failing element's name and topic from its model,
 * the job's type from its definition (both read once), the variables a retry could correct.
 */
export class IncidentViews {
  private readonly elements: ElementCache;
  private readonly jobDefinitions = new Map<string, Promise<JobDefinition | undefined>>();

  constructor(
    private readonly engine: OperatonIncidents,
    private readonly history: OperatonHistory,
  ) {
    this.elements = new ElementCache((id) => engine.definitionXml(id));
  }

  /** Every incident a case's processes ever had (open, resolved, or ended with the process), one view per job. */
  async ofCase(found: Case, retriedBy: Map<string, string>): Promise<IncidentView[]> {
    const instances = await this.history.processInstances(found.caseNumber);
    const records = (await Promise.all(instances.map((p) => this.history.incidents(p.id)))).flat().map(fromHistory);
    return Promise.all([...byJob(records)].map(([jobKey, group]) => this.view(jobKey, group, found, retriedBy.get(jobKey) ?? null)));
  }

  /** One job's view from the history of its instance (all its failures count as attempts). */
  async ofJob(processInstanceId: string, jobKey: string, found: Case | null, resolvedBy: string | null): Promise<IncidentView | undefined> {
    const group = byJob((await this.history.incidents(processInstanceId)).map(fromHistory)).get(jobKey);
    return group && this.view(jobKey, group, found, resolvedBy);
  }

  /** The job's type and kind, without the rest of the view (for filtering before paging). */
  async kindOf(record: IncidentRecord): Promise<{ kind: IncidentView['kind']; jobType: string }> {
    if (record.incidentType === 'failedExternalTask') {
      const element = await this.elements.get(record.processDefinitionId, record.activityId);
      return { kind: 'connector', jobType: element.topic ?? 'external-task' };
    }
    const definition = record.jobDefinitionId ? await this.jobDefinition(record.jobDefinitionId) : undefined;
    return { kind: kindOf(record.incidentType, definition?.jobType), jobType: definition?.jobType ?? record.incidentType };
  }

  private async view(jobKey: string, group: IncidentRecord[], found: Case | null, resolvedBy: string | null): Promise<IncidentView> {
    const first = group[0];
    const latest = group[group.length - 1];
    const [element, job, variables] = await Promise.all([
      this.elements.get(latest.processDefinitionId, latest.activityId),
      this.kindOf(latest),
      latest.status === 'open' ? this.engine.visibleVariables(latest.processInstanceId, latest.executionId) : Promise.resolve({}),
    ]);
    return {
      jobKey,
      incidentId: latest.id,
      caseId: found?.id ?? null,
      caseNumber: found?.caseNumber ?? null,
      serviceType: found?.serviceTypeKey ?? null,
      areaPath: found?.areaPath ?? null,
      processInstanceKey: latest.processInstanceId,
      elementId: latest.activityId ?? '',
      elementName: element.name ?? null,
      elementInstanceKey: latest.executionId,
      incidentType: latest.incidentType,
      kind: job.kind,
      jobType: job.jobType,
      variables,
      headers: null,
      errorMessage: latest.incidentMessage ?? '',
      status: latest.status,
      attempts: group.length,
      createdAt: new Date(first.createTime),
      resolvedAt: latest.endTime ? new Date(latest.endTime) : null,
      resolvedBy: latest.status === 'resolved' ? resolvedBy : null,
    };
  }

  private jobDefinition(id: string): Promise<JobDefinition | undefined> {
    let found = this.jobDefinitions.get(id);
    if (!found) {
      found = this.engine.jobDefinition(id);
      found.catch(() => this.jobDefinitions.delete(id));
      this.jobDefinitions.set(id, found);
    }
    return found;
  }
}
