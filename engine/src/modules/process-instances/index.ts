import { defineModule } from '../../kernel/module';
import { ProcessInstanceEntity } from './entities';
import { processInstanceRoutes } from './routes';
import { ProcessInstanceService } from './service';

/** Process instances started outside a case (tests, tools), and their variables. */
export const processInstancesModule = defineModule({
  name: 'process-instances',
  entities: [ProcessInstanceEntity],
  migrations: [],
  needs: {},
  start: ({ dataSource, audit, operaton }) => ({ gives: {}, routes: processInstanceRoutes(new ProcessInstanceService(dataSource, audit, operaton)) }),
});
