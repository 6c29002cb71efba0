import { DataSource } from 'typeorm';
import { Actor, AuditLog } from '../audit/service';
import { Variables } from '../../operaton/json';
import { ProcessInstance, ProcessInstanceEntity } from './entities';
import { startOnOperaton, StartInput } from './operaton-start';
import type { OperatonRuntime } from '../../kernel/operaton';

export type { StartInput } from './operaton-start';

export class ProcessInstanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly operaton: Pick<OperatonRuntime, 'rest'>,
  ) {}

  async start(input: StartInput, actor: Actor & { id: string }): Promise<{ instance: ProcessInstance; result?: Variables }> {
    const startedAt = new Date();
    const { result, ...created } = await startOnOperaton(this.operaton.rest, input);
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
