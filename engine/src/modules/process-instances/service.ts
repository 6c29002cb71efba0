import { DataSource, Repository } from 'typeorm';
import { errors } from '../../http/errors';
import { grpcCode, GrpcStatus, toZeebeVariables, Variables, ZeebeClient } from '../../zeebe/client';
import { ProcessInstance, ProcessInstanceEntity } from './entities';

export interface StartInput {
  bpmnProcessId: string;
  variables: Variables;
  /** Wait (up to the timeout) for the instance to end and return its final variables. */
  awaitResult?: { timeoutMs: number };
}

export class ProcessInstanceService {
  private readonly instances: Repository<ProcessInstance>;

  constructor(
    dataSource: DataSource,
    private readonly zeebe: ZeebeClient,
  ) {
    this.instances = dataSource.getRepository(ProcessInstanceEntity);
  }

  async start(input: StartInput, userId: string): Promise<{ instance: ProcessInstance; result?: Variables }> {
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
      startedBy: userId,
      startedAt,
    };
    await this.instances.insert(instance);
    return { instance, result };
  }
}
