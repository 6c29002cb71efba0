import { EntitySchema } from 'typeorm';
import { column } from '../../db/columns';

export interface ProcessInstance {
  processInstanceKey: string;
  bpmnProcessId: string;
  processDefinitionKey: string;
  version: number;
  startedBy: string;
  startedAt: Date;
}

export const ProcessInstanceEntity = new EntitySchema<ProcessInstance>({
  name: 'ProcessInstance',
  tableName: 'process_instances',
  columns: {
    processInstanceKey: { ...column.engineKey(), primary: true, name: 'process_instance_key' },
    bpmnProcessId: { ...column.text(), name: 'bpmn_process_id' },
    processDefinitionKey: { ...column.engineKey(), name: 'process_definition_key' },
    version: { type: 'int' },
    startedBy: { ...column.text(36), name: 'started_by' },
    startedAt: { ...column.time(), name: 'started_at' },
  },
});
