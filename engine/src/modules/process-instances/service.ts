import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { ProcessInstance, ProcessInstanceEntity } from './entities';

export interface StartInput {
  bpmnProcessId: string;
  variables: Variables;
  /** Wait (up to the timeout) for the instance to end and return its final variables. */
  awaitResult?: { timeoutMs: number };
}

export class ProcessInstanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly audit: AuditLog,
  ) {}

  async start(input: StartInput, actor: Actor & { id: string }): Promise<{ instance: ProcessInstance; result?: Variables }> {
    const startedAt = new Date();
    let created: { processInstanceKey: string; bpmnProcessId: string; processDefinitionKey: string; version: number };
    let result: Variables | undefined;
    try {
      if (input.awaitResult) {
        const response = await this.zeebe.createProcessInstanceWithResult({
          bpmnProcessId: input.bpmnProcessId,
          variables: toZeebeVariables(input.variables),
          requestTimeout: input.awaitResult.timeoutMs,
        });
        created = response;
        result = response.variables as Variables;
      } else {
        created = await this.zeebe.createProcessInstance({ bpmnProcessId: input.bpmnProcessId, variables: toZeebeVariables(input.variables) });
      }
    } catch (error) {
      if (grpcCode(error) === GrpcStatus.NOT_FOUND) throw errors.notFound(`Process ${input.bpmnProcessId}`);
      if (grpcCode(error) === GrpcStatus.DEADLINE_EXCEEDED) {
        throw errors.conflict('The process instance did not finish within the requested time');
      }
      throw errors.unavailable('Zeebe', error);
    }
    const instance: ProcessInstance = {
      processInstanceKey: String(created.processInstanceKey),
      bpmnProcessId: created.bpmnProcessId,
      processDefinitionKey: String(created.processDefinitionKey),
      version: created.version,
      startedBy: actor.id,
      startedAt,
    };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProcessInstanceEntity).insert(instance);
      const after = { bpmnProcessId: instance.bpmnProcessId, version: instance.version, variables: input.variables };
      await this.audit.record(actor, { action: 'process_instance.start', entityType: 'process_instance', entityId: instance.processInstanceKey, after }, m);
    });
    return { instance, result };
  }
}
