import crypto from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { grpcCode, GrpcStatus, ZeebeClient } from '../../zeebe/client';
import { elementNamesOf } from './element-names';
import { checkBpmnXml, parseZeebeRejection } from './bpmn-check';
import { DeployedProcess, Deployment, DeploymentEntity, ProcessDefinitionEntity } from './entities';
import { deployToOperaton, OperatonDeployOptions } from './operaton-deploy';
import type { OperatonRuntime } from '../../wiring/operaton';

export class DeploymentService {
  private readonly deployments: Repository<Deployment>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly audit: AuditLog,
    /** Set when cases run on Operaton (CASE_PROCESS_ENGINE=operaton). */
    private readonly operaton?: OperatonRuntime,
  ) {
    this.deployments = dataSource.getRepository(DeploymentEntity);
  }

  /** The engine models are deployed to: Operaton (camunda: models) when cases run there. */
  get processEngine(): 'zeebe' | 'operaton' {
    return this.operaton ? 'operaton' : 'zeebe';
  }

  /**
   * Deploys a BPMN model; a model that is malformed or that the engine rejects is a 422 and nothing is
   * stored. On Operaton the publish check runs first (options: what the model may refer to, and the
   * caller's own problems); on Zeebe the options are not used.
   */
  async deploy(input: { resourceName: string; xml: string }, actor: Actor & { id: string }, options: OperatonDeployOptions = {}): Promise<Deployment> {
    if (this.operaton) {
      const deployed = await deployToOperaton(this.dataSource, this.operaton.rest, input, options);
      return this.store(input, deployed.deploymentKey, deployed.processes, actor);
    }
    const problems = checkBpmnXml(input.xml);
    if (problems.length > 0) throw errors.rejectedModel('The BPMN model is malformed', problems);
    let response;
    try {
      response = await this.zeebe.deployResource({ name: input.resourceName, process: Buffer.from(input.xml, 'utf8') });
    } catch (error) {
      if (grpcCode(error) === GrpcStatus.INVALID_ARGUMENT) {
        const message = (error as Error).message;
        throw errors.rejectedModel('Zeebe rejected the model', parseZeebeRejection(message));
      }
      throw errors.unavailable('Zeebe', error);
    }
    const processes = response.deployments
      .filter((d): d is typeof d & { process: NonNullable<unknown> } => 'process' in d && d.process !== undefined)
      .map(({ process }) => ({
        bpmnProcessId: process.bpmnProcessId,
        version: process.version,
        processDefinitionKey: String(process.processDefinitionKey),
      }));
    return this.store(input, String(response.key), processes, actor);
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
      // Zeebe answers a model deployed again unchanged with the same definition keys (Operaton always makes new ones).
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
