import { defineModule } from '../../kernel/module';
import { DeploymentEntity, ProcessDefinitionEntity } from './entities';
import { deploymentRoutes } from './routes';
import { DeploymentService } from './service';

/** BPMN deployments to the process engine, with their publish check. */
export const deploymentsModule = defineModule({
  name: 'deployments',
  entities: [DeploymentEntity, ProcessDefinitionEntity],
  migrations: [],
  needs: {},
  start: ({ dataSource, audit, operaton }) => {
    const deployments = new DeploymentService(dataSource, audit, operaton);
    return { gives: { deployments }, routes: deploymentRoutes(deployments) };
  },
});
