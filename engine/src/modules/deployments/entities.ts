import { EntitySchema } from 'typeorm';
import { column } from '../../db/columns';

export interface DeployedProcess {
  bpmnProcessId: string;
  version: number;
  processDefinitionKey: string;
}

export interface Deployment {
  id: string;
  deploymentKey: string;
  resourceName: string;
  processes: DeployedProcess[];
  xml: string;
  deployedBy: string;
  deployedAt: Date;
}

export const DeploymentEntity = new EntitySchema<Deployment>({
  name: 'Deployment',
  tableName: 'deployments',
  columns: {
    id: column.id(),
    deploymentKey: { ...column.engineKey(), name: 'deployment_key' },
    resourceName: { ...column.text(), name: 'resource_name' },
    processes: column.json(),
    xml: column.longText(),
    deployedBy: { ...column.text(36), name: 'deployed_by' },
    deployedAt: { ...column.time(), name: 'deployed_at' },
  },
});

/** One deployed process definition, with its elements' names (jobs carry only element ids). */
export interface ProcessDefinition {
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  deploymentId: string;
  elementNames: Record<string, string>;
}

export const ProcessDefinitionEntity = new EntitySchema<ProcessDefinition>({
  name: 'ProcessDefinition',
  tableName: 'process_definitions',
  columns: {
    processDefinitionKey: { ...column.engineKey(), primary: true, name: 'process_definition_key' },
    bpmnProcessId: { ...column.text(), name: 'bpmn_process_id' },
    version: { type: 'int' },
    deploymentId: { ...column.text(36), name: 'deployment_id' },
    elementNames: { ...column.json(), name: 'element_names' },
  },
});
