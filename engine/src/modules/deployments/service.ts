import crypto from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { Actor, AuditLog } from '../audit/service';
import { elementNamesOf } from './element-names';
import { DeployedProcess, Deployment, DeploymentEntity, ProcessDefinitionEntity } from './entities';
import { deployToOperaton, OperatonDeployOptions } from './operaton-deploy';
import type { OperatonRuntime } from '../../kernel/operaton';

export class DeploymentService {
  private readonly deployments: Repository<Deployment>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly operaton: Pick<OperatonRuntime, 'rest'>,
  ) {
    this.deployments = dataSource.getRepository(DeploymentEntity);
  }

  /**
   * Deploys a BPMN model (and its decisions) to the process engine. The publish check runs first
   * (options: what the model may refer to, and the caller's own problems): a model that is malformed,
   * that the check refuses or that the engine rejects is one 422 with every problem, and nothing is stored.
   */
  async deploy(input: { resourceName: string; xml: string }, actor: Actor & { id: string }, options: OperatonDeployOptions = {}): Promise<Deployment> {
    const deployed = await deployToOperaton(this.dataSource, this.operaton.rest, input, options);
    return this.store(input, deployed.deploymentKey, deployed.processes, actor);
  }

  /** The deployment and its definitions (with their elements' names), in one transaction with the audit. */
  private async store(input: { resourceName: string; xml: string }, deploymentKey: string, processes: DeployedProcess[], actor: Actor & { id: string }): Promise<Deployment> {
    const deployment: Deployment = {
      id: crypto.randomUUID(),
      deploymentKey,
      resourceName: input.resourceName,
      processes,
      xml: input.xml,
      deployedBy: actor.id,
      deployedAt: new Date(),
    };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(DeploymentEntity).insert(asRow(deployment));
      const elementNames = elementNamesOf(input.xml);
      const definitions = processes.map((p) => ({ ...p, deploymentId: deployment.id, elementNames }));
      if (definitions.length > 0) await m.getRepository(ProcessDefinitionEntity).upsert(definitions.map((d) => asRow(d)), ['processDefinitionKey']);
      const after = { resourceName: deployment.resourceName, deploymentKey: deployment.deploymentKey, processes: deployment.processes };
      await this.audit.record(actor, { action: 'deployment.create', entityType: 'deployment', entityId: deployment.id, after }, m);
    });
    return deployment;
  }

  list(): Promise<Deployment[]> {
    return this.deployments.find({ order: { deployedAt: 'DESC' }, take: 100 });
  }
}
