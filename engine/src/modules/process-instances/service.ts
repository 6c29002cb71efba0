import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { ProcessInstance, ProcessInstanceEntity } from './entities';
import { startOnOperaton } from './operaton-start';
import type { OperatonRuntime } from '../../wiring/operaton';

export interface StartInput {
  bpmnProcessId: string;
  variables: Variables;
  /** Wait (up to the timeout) for the instance to end and return its final variables. */
  awaitResult?: { timeoutMs: number };
}

type Created = { processInstanceKey: string; bpmnProcessId: string; processDefinitionKey: string; version: number };

export class ProcessInstanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
    private readonly audit: AuditLog,
    /** Set when cases run on Operaton (CASE_PROCESS_ENGINE=operaton). */
    private readonly operaton?: OperatonRuntime,
  ) {}

  async start(input: StartInput, actor: Actor & { id: string }): Promise<{ instance: ProcessInstance; result?: Variables }> {
    const startedAt = new Date();
    const { result, ...created } = this.operaton ? await startOnOperaton(this.operaton.rest, input) : await this.startOnZeebe(input);
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

  private async startOnZeebe(input: StartInput): Promise<Created & { result?: Variables }> {
    try {
      if (input.awaitResult) {
        const response = await this.zeebe.createProcessInstanceWithResult({
          bpmnProcessId: input.bpmnProcessId,
          variables: toZeebeVariables(input.variables),
          requestTimeout: input.awaitResult.timeoutMs,
        });
        return { ...response, result: response.variables as Variables };
      }
      return await this.zeebe.createProcessInstance({ bpmnProcessId: input.bpmnProcessId, variables: toZeebeVariables(input.variables) });
    } catch (error) {
      if (grpcCode(error) === GrpcStatus.NOT_FOUND) throw errors.notFound(`Process ${input.bpmnProcessId}`);
      if (grpcCode(error) === GrpcStatus.DEADLINE_EXCEEDED) {
        throw errors.conflict('The process instance did not finish within the requested time');
      }
      throw errors.unavailable('Zeebe', error);
    }
  }
}
