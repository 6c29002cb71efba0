import { connectors, jobType } from '@careflow/connectors';
import { defineModule } from '../../kernel/module';
import { deploymentsModule } from '../deployments';
import { formsModule } from '../forms';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from './entities';
import { DefinitionVersion1766200500000 } from './migrations/1766200500000-definition-version';
import { serviceTypeRoutes } from './routes';
import { ServiceTypeService } from './service';

/** 服务类型: a service type's process and forms, drafted, versioned and published. */
export const serviceTypesModule = defineModule({
  name: 'service-types',
  entities: [ServiceTypeEntity, ServiceTypeVersionEntity],
  migrations: [DefinitionVersion1766200500000],
  needs: { forms: formsModule, deployments: deploymentsModule },
  start: ({ dataSource, audit }, uses) => {
    // A service task may name only a connector CareFlow ships (checked when a version is published).
    const serviceTypes = new ServiceTypeService(dataSource, uses.forms.forms, uses.deployments.deployments, audit, new Set(connectors.map(jobType)));
    return { gives: { serviceTypes }, routes: serviceTypeRoutes(serviceTypes) };
  },
});
