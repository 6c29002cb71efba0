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
    deploymentKey: { ...column.key(), name: 'deployment_key' },
    resourceName: { ...column.text(), name: 'resource_name' },
    processes: column.json(),
    xml: column.longText(),
    deployedBy: { ...column.text(36), name: 'deployed_by' },
    deployedAt: { ...column.time(), name: 'deployed_at' },
  },
});
