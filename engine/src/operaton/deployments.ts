import { ProcessEngineRejection, type OperatonRest } from './rest';

/** One file of a deployment: BPMN (`*.bpmn`) or DMN (`*.dmn`); the engine picks the parser by the name's ending. */
export interface DeploymentResource {
  name: string;
  content: string;
}

export interface CreateDeployment {
  name: string;
  /** Where the deployment comes from (shown in the engine's cockpit and queries). */
  source?: string;
  resources: DeploymentResource[];
  /**
   * Deploy the definitions suspended until then: nothing can start them (no timer, message or signal)
   * until the date. The engine keeps a job for the activation until it runs or is deleted.
   */
  activationTime?: Date;
  /** Skip resources unchanged since the last deployment of this name (the engine's duplicate filter). */
  changedOnly?: boolean;
}

/** A deployed process or decision definition. */
export interface DefinitionSummary {
  id: string;
  key: string;
  version: number;
  resource: string;
  name: string | null;
  versionTag?: string | null;
  deploymentId: string;
  suspended?: boolean;
}

export interface Deployment {
  id: string;
  name: string | null;
  deploymentTime: string;
  processDefinitions: DefinitionSummary[];
  decisionDefinitions: DefinitionSummary[];
  decisionRequirementsDefinitions: DefinitionSummary[];
}

interface DeploymentDto {
  id: string;
  name: string | null;
  deploymentTime: string;
  deployedProcessDefinitions?: Record<string, DefinitionSummary> | null;
  deployedDecisionDefinitions?: Record<string, DefinitionSummary> | null;
  deployedDecisionRequirementsDefinitions?: Record<string, DefinitionSummary> | null;
}

/** The engine's date format for form fields and query parameters (`2026-01-02T03:04:05.678+0000`). */
export const engineDate = (date: Date) => date.toISOString().replace('Z', '+0000');

const values = (map: Record<string, DefinitionSummary> | null | undefined) => Object.values(map ?? {});

/**
 * Deployments through Operaton's REST API: create (BPMN and DMN together), delete, find, and the
 * definitions they hold by key. Errors come as the REST core throws them: a rejected model is a
 * ProcessEngineRejection (a 400 ParseException with per-resource details, or a 500 naming the
 * expression it could not parse); an engine that does not answer is an OperationalError.
 */
export class OperatonDeployments {
  constructor(private readonly rest: OperatonRest) {}

  async create(request: CreateDeployment): Promise<Deployment> {
    const form = new FormData();
    form.append('deployment-name', request.name);
    if (request.source) form.append('deployment-source', request.source);
    if (request.changedOnly) {
      form.append('enable-duplicate-filtering', 'true');
      form.append('deploy-changed-only', 'true');
    }
    if (request.activationTime) form.append('deployment-activation-time', engineDate(request.activationTime));
    for (const resource of request.resources) form.append(resource.name, new Blob([resource.content], { type: 'application/xml' }), resource.name);
    const dto = await this.rest.postForm<DeploymentDto>('/deployment/create', form);
    return {
      id: dto.id,
      name: dto.name,
      deploymentTime: dto.deploymentTime,
      processDefinitions: values(dto.deployedProcessDefinitions),
      decisionDefinitions: values(dto.deployedDecisionDefinitions),
      decisionRequirementsDefinitions: values(dto.deployedDecisionRequirementsDefinitions),
    };
  }

  /**
   * Deletes a deployment; with cascade, its instances and history too. Listeners and mappings are
   * skipped: deleting must not run anything. A deployment already gone counts as deleted.
   */
  async delete(id: string, options: { cascade?: boolean } = {}): Promise<void> {
    try {
      await this.rest.delete(`/deployment/${encodeURIComponent(id)}`, { cascade: options.cascade ?? false, skipCustomListeners: true, skipIoMappings: true });
    } catch (error) {
      if (error instanceof ProcessEngineRejection && error.status === 404) return;
      throw error;
    }
  }

  /** Deployments by exact name, optionally only those made before a moment. */
  list(filter: { name?: string; before?: Date } = {}): Promise<{ id: string; name: string | null; deploymentTime: string }[]> {
    return this.rest.get('/deployment', { name: filter.name, before: filter.before ? engineDate(filter.before) : undefined, sortBy: 'deploymentTime', sortOrder: 'asc' });
  }

  async count(): Promise<number> {
    return (await this.rest.get<{ count: number }>('/deployment/count')).count;
  }

  /** Every version of a process definition key, oldest first (empty when none is deployed). */
  processDefinitionsByKey(key: string): Promise<DefinitionSummary[]> {
    return this.rest.get('/process-definition', { key, sortBy: 'version', sortOrder: 'asc' });
  }

  /** Every version of a decision definition key, oldest first (empty when none is deployed). */
  decisionDefinitionsByKey(key: string): Promise<DefinitionSummary[]> {
    return this.rest.get('/decision-definition', { key, sortBy: 'version', sortOrder: 'asc' });
  }

  /**
   * Removes the jobs that would activate suspended definitions of deleted deployments (deleting a
   * deployment leaves its activation job behind), by due date: those due in [from, to]. Only jobs of
   * no definition are touched, and an activation date nobody else uses should pick them out.
   */
  async deleteActivationJobs(from: Date, to: Date = from): Promise<number> {
    const shifted = (date: Date, ms: number) => engineDate(new Date(date.getTime() + ms));
    const jobs = await this.rest.get<{ id: string; processDefinitionId: string | null; jobDefinitionId: string | null }[]>('/job', { dueDates: `gt_${shifted(from, -1)},lt_${shifted(to, 1)}` });
    const activations = jobs.filter((job) => job.jobDefinitionId === null && job.processDefinitionId === null);
    for (const job of activations) {
      try {
        await this.rest.delete(`/job/${encodeURIComponent(job.id)}`);
      } catch (error) {
        if (!(error instanceof ProcessEngineRejection && error.status === 404)) throw error;
      }
    }
    return activations.length;
  }
}
